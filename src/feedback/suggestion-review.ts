import type { CommandContext } from '../core/context';
import { UserError } from '../core/errors';
import type { CommandRequest, Reply } from '../core/request';
import { shorten } from '../moderation/format';
import { moderationInfo } from '../moderation/replies';
import { moderationMessages } from '../moderation/messages-nl';
import type { QuestionLogEntry } from '../store/question-log';
import { SHORTENED_MARK } from './feedback-messages';
import { feedbackMessages } from './feedback-messages-nl';
import { isAlreadyListed } from './review';

export function suggestionNumber(text: string, usage: string): number {
  const trimmed = text.trim().replace(/^#/, '');
  if (!/^\d{1,15}$/.test(trimmed)) throw new UserError('bad_usage', (language) => feedbackMessages(language).notASuggestion(text.trim(), usage));
  return Number(trimmed);
}

async function openSuggestion(context: CommandContext, number: number, usage: string): Promise<QuestionLogEntry & { factId: string }> {
  const entry = await context.store.getLogEntry(number);
  if (!entry || entry.kind !== 'suggested' || !entry.factId) throw new UserError('bad_usage', (language) => feedbackMessages(language).notASuggestion(String(number), usage));
  if (entry.status !== 'open') throw new UserError('bad_usage', (language) => feedbackMessages(language).suggestionClosed(number, entry.status));
  return { ...entry, factId: entry.factId };
}

/**
 * Accepting adds the question to the fact through the ordinary alias path, so it is a recorded
 * revision (who, when, from where, before and after) like any other change; then the suggestion closes.
 */
export async function acceptSuggestion(
  request: CommandRequest,
  context: CommandContext,
  number: number,
  usage: string,
  addAlias: (factId: string, question: string) => Promise<Reply>,
): Promise<Reply> {
  const entry = await openSuggestion(context, number, usage);
  if (entry.question.endsWith(SHORTENED_MARK)) throw new UserError('bad_usage', (language) => feedbackMessages(language).suggestionShortened(number, entry.factId));
  if (!(await context.store.getFact(entry.factId))) throw new UserError('unknown_fact', (language) => feedbackMessages(language).suggestionGone(number, entry.factId));
  if (isAlreadyListed(entry, context)) {
    await context.store.setSuggestionStatus(number, 'accepted');
    return moderationInfo(moderationMessages(request.language).updatedTitle, [feedbackMessages(request.language).suggestionAlreadyListed(number, entry.factId, entry.question)], entry.factId);
  }
  const reply = await addAlias(entry.factId, entry.question);
  await context.store.setSuggestionStatus(number, 'accepted');
  return reply;
}

/** Dismissing changes no fact, so it makes no revision; it is logged with who did it. */
export async function dismissSuggestion(request: CommandRequest, context: CommandContext, number: number, usage: string): Promise<Reply> {
  const entry = await openSuggestion(context, number, usage);
  await context.store.setSuggestionStatus(number, 'dismissed');
  context.logger.info(
    { suggestion: number, factId: entry.factId, platform: request.actor.platform, userId: request.actor.userId, location: request.location },
    'moderator dismissed a suggested alternate question',
  );
  return moderationInfo(moderationMessages(request.language).updatedTitle, [feedbackMessages(request.language).suggestionDismissed(number, shorten(entry.question, 120), entry.factId)], entry.factId);
}
