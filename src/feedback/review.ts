import type { CommandContext } from '../core/context';
import type { Language } from '../core/languages';
import type { ReplyAction } from '../core/reply-actions';
import { detectLanguage } from '../language/detect-language';
import { formatDate, quoted } from '../moderation/format';
import { questionKey } from '../store/question-key';
import type { QuestionLogEntry } from '../store/question-log';
import { feedbackMessages } from './feedback-messages-nl';

/** How many of each kind `fact gaps` lists, and how many suggestions get buttons. */
export const REVIEW_LIMITS = Object.freeze({ unanswered: 15, notHelpful: 10, suggested: 10, suggestionButtons: 5 });

const ALIAS_COMMAND = 'fact alias';

/** How often and when last, with where: "3 times, last 2026-01-02 10:00 UTC (discord, slack)". */
function tally(entry: QuestionLogEntry, language: Language): string {
  return feedbackMessages(language).tally(entry.count, formatDate(entry.lastAt), entry.platforms);
}

export function unansweredLine(entry: QuestionLogEntry, index: number, context: CommandContext, language: Language): string {
  return `${index + 1}. ${quoted(entry.question, 120)} — ${tally(entry, language)}${closestFact(entry.question, context, language)}`;
}

export function notHelpfulLine(entry: QuestionLogEntry, index: number, language: Language): string {
  return `${index + 1}. ${quoted(entry.question, 120)} → \`${entry.factId}\` — ${feedbackMessages(language).votedNotHelpful(tally(entry, language))}`;
}

export function suggestionLine(entry: QuestionLogEntry, language: Language): string {
  return `#${entry.id} ${quoted(entry.question, 120)} → \`${entry.factId}\` — ${tally(entry, language)}`;
}

/** A suggestion the fact has already (its title or one of its questions) needs no review. */
export function isAlreadyListed(entry: QuestionLogEntry, context: CommandContext): boolean {
  const fact = entry.factId ? context.index.getFact(entry.factId) : undefined;
  if (!fact) return false;
  const key = questionKey(entry.question);
  return [fact.title, ...fact.questions].some((known) => questionKey(known) === key);
}

export function suggestionActions(entries: readonly QuestionLogEntry[], language: Language): ReplyAction[] {
  const messages = feedbackMessages(language);
  return entries.slice(0, REVIEW_LIMITS.suggestionButtons).flatMap((entry): ReplyAction[] => [
    { label: messages.acceptLabel(entry.id), commandName: ALIAS_COMMAND, options: { action: 'accept', id: String(entry.id) }, style: 'primary' },
    { label: messages.dismissLabel(entry.id), commandName: ALIAS_COMMAND, options: { action: 'dismiss', id: String(entry.id) } },
  ]);
}

/** A hint where an unanswered question might belong, from the live matcher reading it in its own language. */
function closestFact(question: string, context: CommandContext, language: Language): string {
  const result = context.index.matcher.match(question, detectLanguage(question));
  const best = result.candidates[0];
  if (!best) return '';
  const messages = feedbackMessages(language);
  return result.status === 'answered' ? messages.nowAnsweredBy(best.fact.id) : messages.closestFact(best.fact.id);
}
