import type { FactIndex } from './fact-index';
import { foldWord, NORMALIZE_LIMITS, readWords, termOf } from './normalize';
import type { MatchCandidate } from './types';

/** Discord shows at most 25 autocomplete choices. */
export const SUGGEST_LIMIT_MAX = 25;

/**
 * Facts fitting what the user has typed so far, for autocomplete. The last word may be
 * unfinished, so it is searched as a prefix; this runs on every keystroke and only needs a
 * plausible order.
 */
export function suggestFacts(index: FactIndex, partial: string, limit: number): MatchCandidate[] {
  const wanted = Math.max(0, Math.min(SUGGEST_LIMIT_MAX, Math.floor(Number.isFinite(limit) ? limit : 0)));
  if (wanted === 0) return [];
  const text = typeof partial === 'string' ? partial.slice(0, NORMALIZE_LIMITS.maxInputChars) : '';
  // Nothing typed yet: offer the first facts so the list is never empty.
  if (text.trim() === '') {
    const first: MatchCandidate[] = [];
    for (const fact of index.facts()) {
      if (first.length === wanted) break;
      first.push({ fact, score: 0 });
    }
    return first;
  }
  const lastWord = /([\p{L}\p{N}]+)$/u.exec(text)?.[1];
  // Typed words the facts do not use are read as misspellings of words they do ("soldirs").
  const spelled = (word: { folded: string; term: string }) =>
    index.knows(word.term) ? word.term : termOf(index.spelling.correct(word.folded) ?? '', index.language) || word.term;
  const finished = readWords(lastWord ? text.slice(0, -lastWord.length) : text, index.language).filter((word) => word.term).map(spelled);
  const prefix = lastWord ? termOf(foldWord(lastWord), index.language) || foldWord(lastWord) : undefined;
  // The word being typed may be finished already, or a misspelling of a finished word ("trainin").
  const lastCorrected = lastWord ? termOf(index.spelling.correct(foldWord(lastWord)) ?? '', index.language) : '';
  return index.complete(lastCorrected ? [...finished, lastCorrected] : finished, prefix, wanted).map((fact) => ({ fact, score: 0 }));
}
