import type { CommandRequest } from '../src/core/request';
import type { Language } from '../src/core/languages';
import { detectLanguage } from '../src/language/detect-language';

/**
 * The language of suggestions offered while someone types (Discord's autocomplete). What is typed
 * so far says little about its language: words may tell (a Dutch title's words), the client's
 * language decides until they do. A fact id, or the start of one, says nothing at all.
 */
/** An id or its start: one word of the characters ids are made of. */
const ID_SO_FAR = /^[a-z0-9-]+$/;

export function typingLanguage(request: CommandRequest, partial: string, { ids = false } = {}): Language {
  const typed = partial.trim();
  const client = request.actor.clientLanguage ?? 'en';
  if (typed === '' || (ids && ID_SO_FAR.test(typed.toLowerCase()))) return client;
  return detectLanguage(typed, request.actor.clientLanguage);
}
