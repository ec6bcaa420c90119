import { diffWords } from 'diff';

/** Unchanged words kept on each side of a change, so the edit is seen in its sentence. */
const CONTEXT_WORDS = 4;

/**
 * A word-level diff in git's word-diff notation, readable on every platform without markup:
 * `[-removed words-]{+added words+}`, with long unchanged stretches shortened to "…".
 */
export function wordDiff(before: string, after: string): string {
  const parts = diffWords(before, after);
  return parts
    .map((part, index) => {
      if (part.added) return marked(part.value, '{+', '+}');
      if (part.removed) return marked(part.value, '[-', '-]');
      return shortenUnchanged(part.value, index > 0, index < parts.length - 1);
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The markers sit around the words; the spacing around them stays as it was. */
function marked(text: string, open: string, close: string): string {
  const [, lead = '', words = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return words ? `${lead}${open}${words}${close}${trail}` : text;
}

function shortenUnchanged(text: string, changeBefore: boolean, changeAfter: boolean): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const keepStart = changeBefore ? CONTEXT_WORDS : 0;
  const keepEnd = changeAfter ? CONTEXT_WORDS : 0;
  if (words.length <= keepStart + keepEnd + 1) return text;
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  return `${lead}${[...words.slice(0, keepStart), '…', ...(keepEnd > 0 ? words.slice(-keepEnd) : [])].join(' ')}${trail}`;
}
