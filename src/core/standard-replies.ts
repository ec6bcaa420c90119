import { DEFAULT_LANGUAGE, type Language } from './languages';
import type { UserError } from './errors';
import { coreMessages } from './messages';
import type { Reply } from './request';

/** The replies the command layer gives in its own name, in the request's language. */

/** The reply to a typed "did you mean" number that is not one of the choices shown. */
export function pickOutOfRangeReply(choices: number, language: Language = DEFAULT_LANGUAGE): Reply {
  const messages = coreMessages(language);
  return { kind: 'info', title: messages.pickOutOfRangeTitle, body: messages.pickOutOfRange(choices), suggestions: [], visibility: 'private', ...inLanguage(language) };
}

/** The reply to a failure that is not the user's to fix; adapters use it for their own failures too. */
export function somethingWentWrongReply(language: Language = DEFAULT_LANGUAGE): Reply {
  const messages = coreMessages(language);
  return { kind: 'error', title: messages.somethingWentWrongTitle, body: messages.somethingWentWrong, suggestions: [], visibility: 'private', ...inLanguage(language) };
}

export function refusal(language: Language): Reply {
  const messages = coreMessages(language);
  return { kind: 'refused', title: messages.notAModeratorTitle, body: messages.notAModerator, suggestions: [], visibility: 'private', ...inLanguage(language) };
}

export function userErrorReply(error: UserError, language: Language): Reply {
  return { kind: 'error', title: coreMessages(language).badUsageTitle, body: error.text(language), suggestions: [], visibility: 'private', ...inLanguage(language) };
}

/** English replies name no language, as before there were two. */
export function inLanguage(language: Language): Pick<Reply, 'language'> {
  return language === DEFAULT_LANGUAGE ? {} : { language };
}
