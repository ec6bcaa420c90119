/**
 * Text a user wrote, shown to someone else (a moderator reading `fact gaps` or a history): it
 * must read as typed, not act as markup. Reply bodies are light markdown with backslash
 * escapes; Discord renders them natively, and the Slack and console renderers unescape them.
 */

/** Bidirectional embeddings, overrides and isolates: they can make a line read backwards or hide its end. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Characters that open markup in Discord (bold, italics, strike, spoilers, code, masked links, headings, quotes, mention pills). */
const MARKUP_CHARACTERS = /[\\*_~|`[\]#<>]/g;

export function escapeUserText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(MARKUP_CHARACTERS, (character) => `\\${character}`);
}

/** Undoes escapeUserText's backslashes, for renderers whose markup has no backslash escapes. */
export function unescapeUserText(text: string): string {
  return text.replace(/\\([\\*_~|`[\]#<>]|&lt;|&gt;)/g, '$1');
}
