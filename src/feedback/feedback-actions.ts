import type { CommandContext } from '../core/context';
import { SUGGESTION_COMMAND } from '../core/dispatcher';
import { LANGUAGE_OPTION, SHORTENED_OPTION, type ReplyAction } from '../core/reply-actions';
import { userKey, type CommandRequest } from '../core/request';
import type { Language } from '../core/languages';
import { feedbackMessages } from './feedback-messages-nl';
import { SHORTENED_MARK } from './feedback-messages';

export const VOTE_COMMAND = 'vote';
export const PICK_COMMAND = 'pick';
export const HELPFUL = 'helpful';
export const NOT_HELPFUL = 'not-helpful';

/** The two vote buttons under an answer to a question; the thanks come in the answer's language. */
export function voteActions(factId: string, question: string, language: Language): ReplyAction[] {
  if (!question.trim()) return [];
  const messages = feedbackMessages(language);
  const vote = (verdict: string, label: string): ReplyAction => ({
    label,
    commandName: VOTE_COMMAND,
    options: { verdict, id: factId, question, ...carriedLanguage(language) },
    shortenable: 'question',
  });
  return [vote(HELPFUL, messages.helpfulLabel), vote(NOT_HELPFUL, messages.notHelpfulLabel)];
}

/** A "did you mean" button that shows the fact, in the question's language, and remembers which question it answered. */
export function pickAction(factId: string, title: string, question: string, language: Language): ReplyAction {
  return { label: title, commandName: PICK_COMMAND, options: { id: factId, question, ...carriedLanguage(language) }, shortenable: 'question' };
}

/**
 * A button that carries the question carries a language only when it is not English: Discord
 * leaves 100 characters for the whole button, and every one spent on "|lang=en" is cut from the
 * question. Without it the click is read from the question it carries (see request-language.ts).
 */
function carriedLanguage(language: Language): Record<string, string> {
  return language === 'en' ? {} : { [LANGUAGE_OPTION]: language };
}

/** A button that shows a fact (a topic's list), in the language of the list it is on. */
export function showFactAction(factId: string, title: string, language: Language): ReplyAction {
  return { label: title, commandName: SUGGESTION_COMMAND, options: { id: factId, [LANGUAGE_OPTION]: language } };
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
