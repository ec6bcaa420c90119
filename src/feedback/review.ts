import type { CommandContext } from '../core/context';
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
function tally(entry: QuestionLogEntry): string {
  return feedbackMessages().tally(entry.count, formatDate(entry.lastAt), entry.platforms);
}

export function unansweredLine(entry: QuestionLogEntry, index: number, context: CommandContext): string {
  return `${index + 1}. ${quoted(entry.question, 120)} — ${tally(entry)}${closestFact(entry.question, context)}`;
}

export function notHelpfulLine(entry: QuestionLogEntry, index: number): string {
  return `${index + 1}. ${quoted(entry.question, 120)} → \`${entry.factId}\` — ${feedbackMessages().votedNotHelpful(tally(entry))}`;
}

export function suggestionLine(entry: QuestionLogEntry): string {
  return `#${entry.id} ${quoted(entry.question, 120)} → \`${entry.factId}\` — ${tally(entry)}`;
}

/** A suggestion the fact has already (its title or one of its questions) needs no review. */
export function isAlreadyListed(entry: QuestionLogEntry, context: CommandContext): boolean {
  const fact = entry.factId ? context.index.getFact(entry.factId) : undefined;
  if (!fact) return false;
  const key = questionKey(entry.question);
  return [fact.title, ...fact.questions].some((known) => questionKey(known) === key);
}

export function suggestionActions(entries: readonly QuestionLogEntry[]): ReplyAction[] {
  return entries.slice(0, REVIEW_LIMITS.suggestionButtons).flatMap((entry): ReplyAction[] => [
    { label: feedbackMessages().acceptLabel(entry.id), commandName: ALIAS_COMMAND, options: { action: 'accept', id: String(entry.id) }, style: 'primary' },
    { label: feedbackMessages().dismissLabel(entry.id), commandName: ALIAS_COMMAND, options: { action: 'dismiss', id: String(entry.id) } },
  ]);
}

/** A hint where an unanswered question might belong, from the live matcher reading it in its own language. */
function closestFact(question: string, context: CommandContext): string {
  const result = context.index.matcher.match(question, detectLanguage(question));
  const best = result.candidates[0];
  if (!best) return '';
  const messages = feedbackMessages();
  return result.status === 'answered' ? messages.nowAnsweredBy(best.fact.id) : messages.closestFact(best.fact.id);
}
