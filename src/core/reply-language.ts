import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_LANGUAGE, type Language } from './languages';

/**
 * The language of the reply being built, for the message catalogues. The dispatcher decides it
 * once per request (CommandRequest.language) and runs the command inside it, so the helpers
 * deep in moderation and validation that throw a user's error (readFact, validateFact, …) write
 * it in the user's language without each taking a language parameter.
 */
const current = new AsyncLocalStorage<Language>();

export function inReplyLanguage<T>(language: Language, work: () => T): T {
  return current.run(language, work);
}

/** English outside a request (start-up, the CLI's own output). */
export function replyLanguage(): Language {
  return current.getStore() ?? DEFAULT_LANGUAGE;
}
