import type { CommandContext } from '../core/context';
import type { ReplyAction } from '../core/reply-actions';
import { formatDate, quoted } from '../moderation/format';
import { questionKey } from '../store/question-key';
import type { QuestionLogEntry } from '../store/question-log';
import { FEEDBACK_MESSAGES } from './feedback-messages';

/** How many of each kind `fact gaps` lists, and how many suggestions get buttons. */
export const REVIEW_LIMITS = Object.freeze({ unanswered: 15, notHelpful: 10, suggested: 10, suggestionButtons: 5 });

const ALIAS_COMMAND = 'fact alias';

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

function seen(entry: QuestionLogEntry): string {
  const platforms = entry.platforms.length > 0 ? ` (${entry.platforms.join(', ')})` : '';
  return `last ${formatDate(entry.lastAt)}${platforms}`;
}

export function unansweredLine(entry: QuestionLogEntry, index: number, context: CommandContext): string {
  return `${index + 1}. ${quoted(entry.question, 120)} — ${times(entry.count)}, ${seen(entry)}${closestFact(entry.question, context)}`;
}

export function notHelpfulLine(entry: QuestionLogEntry, index: number): string {
  return `${index + 1}. ${quoted(entry.question, 120)} → \`${entry.factId}\` — voted not helpful ${times(entry.count)}, ${seen(entry)}`;
}

export function suggestionLine(entry: QuestionLogEntry): string {
  return `#${entry.id} ${quoted(entry.question, 120)} → \`${entry.factId}\` — ${times(entry.count)}, ${seen(entry)}`;
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
    { label: FEEDBACK_MESSAGES.acceptLabel(entry.id), commandName: ALIAS_COMMAND, options: { action: 'accept', id: String(entry.id) }, style: 'primary' },
    { label: FEEDBACK_MESSAGES.dismissLabel(entry.id), commandName: ALIAS_COMMAND, options: { action: 'dismiss', id: String(entry.id) } },
  ]);
}

/** A hint where an unanswered question might belong, from the live matcher. */
function closestFact(question: string, context: CommandContext): string {
  const result = context.index.matcher.match(question);
  const best = result.candidates[0];
  if (!best) return '';
  if (result.status === 'answered') return ` — now answered by \`${best.fact.id}\``;
  return ` — closest fact: \`${best.fact.id}\``;
}
