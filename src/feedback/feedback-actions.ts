import type { CommandContext } from '../core/context';
import { SHORTENED_OPTION, type ReplyAction } from '../core/reply-actions';
import { userKey, type CommandRequest } from '../core/request';
import { FEEDBACK_MESSAGES, SHORTENED_MARK } from './feedback-messages';

export const VOTE_COMMAND = 'vote';
export const PICK_COMMAND = 'pick';
export const HELPFUL = 'helpful';
export const NOT_HELPFUL = 'not-helpful';

/** The two vote buttons under an answer to a question. */
export function voteActions(factId: string, question: string): ReplyAction[] {
  if (!question.trim()) return [];
  const vote = (verdict: string, label: string): ReplyAction => ({
    label,
    commandName: VOTE_COMMAND,
    options: { verdict, id: factId, question },
    shortenable: 'question',
  });
  return [vote(HELPFUL, FEEDBACK_MESSAGES.helpfulLabel), vote(NOT_HELPFUL, FEEDBACK_MESSAGES.notHelpfulLabel)];
}

/** A "did you mean" button that shows the fact and remembers which question it answered. */
export function pickAction(factId: string, title: string, question: string): ReplyAction {
  return { label: title, commandName: PICK_COMMAND, options: { id: factId, question }, shortenable: 'question' };
}

/** The question a button carried, marked when it was cut to fit the button. */
export function carriedQuestion(request: CommandRequest): string {
  const question = (request.options.question ?? '').replace(/\s+/g, ' ').trim();
  return request.options[SHORTENED_OPTION] && question ? `${question}${SHORTENED_MARK}` : question;
}

/**
 * Records what people ask only from chat (not a scripted request such as the evaluation CLI), at most
 * FEEDBACK_PER_USER_PER_HOUR times per person. False when this one was not recorded.
 */
export function mayRecord(request: CommandRequest, context: CommandContext): boolean {
  if (request.actor.isScripted) return false;
  return context.feedbackLimit.allow(userKey(request.actor), context.now());
}

/** Recording never costs the reply: a store failure is logged and the answer goes out. */
export async function recordQuietly(context: CommandContext, what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    context.logger.warn({ err: error }, `could not record ${what}`);
  }
}
