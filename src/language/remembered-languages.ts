import { LRUCache } from 'lru-cache';
import type { Language } from '../core/languages';
import type { DetectLanguage } from '../core/request-language';

/** As many as the matcher remembers answers for (remembered-answers.ts), and as short. */
export const REMEMBERED_LANGUAGES = Object.freeze({ texts: 2_000, maxTextChars: 300 });

/**
 * A language detector that remembers what it read: a question asked again (the popular ones are,
 * in a busy channel) costs a lookup instead of trigram counts. Reading a text is a pure function
 * of the text and the hint, so nothing ever needs forgetting but the least recently asked.
 */
export function rememberingDetector(detect: DetectLanguage): DetectLanguage {
  const remembered = new LRUCache<string, Language>({ max: REMEMBERED_LANGUAGES.texts });
  return (text, hint) => {
    if (text.length > REMEMBERED_LANGUAGES.maxTextChars) return detect(text, hint);
    const key = `${hint ?? ''}\u0000${text}`;
    const known = remembered.get(key);
    if (known !== undefined) return known;
    const language = detect(text, hint);
    remembered.set(key, language);
    return language;
  };
}
