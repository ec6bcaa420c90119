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
      if (part.added) return `{+${part.value.trim()}+}`;
      if (part.removed) return `[-${part.value.trim()}-]`;
      return shortenUnchanged(part.value, index > 0, index < parts.length - 1);
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function shortenUnchanged(text: string, changeBefore: boolean, changeAfter: boolean): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const keepStart = changeBefore ? CONTEXT_WORDS : 0;
  const keepEnd = changeAfter ? CONTEXT_WORDS : 0;
  if (words.length <= keepStart + keepEnd + 1) return words.join(' ');
  const start = words.slice(0, keepStart);
  const end = keepEnd > 0 ? words.slice(-keepEnd) : [];
  return [...start, '…', ...end].join(' ');
}
