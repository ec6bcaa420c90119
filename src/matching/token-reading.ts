import { COMMON_ENGLISH_TOKENS } from './english-words';
import { EVERYDAY_TOKENS } from './general-words';
import { canonicalWord } from './normalize';
import { PLACE_TOKENS } from './places';
import type { TypoTable } from './typo-table';
import { INTENT_TOKENS, NATION_TOKENS } from './vocabulary';

/** Words that only say what kind of answer is wanted (who, when, why...) count for this share of their rarity. */
export const INTENT_WEIGHT = 0.5;

/**
 * Everyday words (see general-words.ts) count for this share of their rarity. One no fact uses
 * would otherwise weigh like the rarest word; at this share it weighs like a word most facts share.
 */
export const EVERYDAY_WEIGHT = Object.freeze({ known: 0.5, unknown: 0.1 });

/** How much a corrected misspelling still counts, by number of edits. */
export const TYPO_SIMILARITY = Object.freeze([1, 0.85, 0.7]);

const NEGATION_PREFIX = /^(?:un|non|dis)(\p{L}{4,})$/u;

export interface ResolvedToken {
  /** The token as the user wrote it (normalised). */
  typed: string;
  /** The known tokens it may stand for (several for a word still being typed); empty when no fact has it. */
  tokens: string[];
  similarity: number;
  weight: number;
  /** The word names a country, a people or (capitalised and unknown) something else: what the question is about. */
  subject: boolean;
  /** The action or property the question asks about ("who LEADS", "how OLD"): the answer must speak of it. */
  asked: boolean;
}

/** How much a token says about which fact is meant, from how many of `total` facts contain it. */
export function tokenWeight(token: string, frequency: number, total: number): number {
  const rarity = Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
  if (INTENT_TOKENS.has(token)) return rarity * INTENT_WEIGHT;
  if (!EVERYDAY_TOKENS.has(token)) return rarity;
  return rarity * (frequency > 0 ? EVERYDAY_WEIGHT.known : EVERYDAY_WEIGHT.unknown);
}

export const isPlace = (token: string) => NATION_TOKENS.has(token) || PLACE_TOKENS.has(token);

/** Everyday words, common English words and countries are never misspellings of another word. */
const isCorrectlySpelled = (token: string) => EVERYDAY_TOKENS.has(token) || COMMON_ENGLISH_TOKENS.has(token) || isPlace(token);

export interface Vocabulary {
  has(token: string): boolean;
  weight(token: string): number;
  typos: TypoTable;
}

/** Reads a question's tokens against the facts' vocabulary: known as is, as a misspelling, or unknown. */
export function createTokenReader(vocabulary: Vocabulary) {
  function readingOf(typed: string): Omit<ResolvedToken, 'subject' | 'asked'> {
    if (vocabulary.has(typed)) return { typed, tokens: [typed], similarity: 1, weight: vocabulary.weight(typed) };
    // "uninvited" is about the same subject as "invited", though it says the opposite.
    const unprefixed = NEGATION_PREFIX.exec(typed)?.[1];
    if (unprefixed && vocabulary.has(unprefixed)) {
      return { typed, tokens: [unprefixed], similarity: TYPO_SIMILARITY[1]!, weight: vocabulary.weight(unprefixed) };
    }
    // A correctly spelled word is what the user meant, not a typo of a known word ("whole" is not "who").
    const correction = isCorrectlySpelled(typed) ? undefined : vocabulary.typos.correct(typed);
    const token = correction ? canonicalWord(correction.word) : undefined;
    // An unknown word weighs like the rarest known word: it is strong evidence of another subject.
    if (!correction || !token || !vocabulary.has(token)) return { typed, tokens: [], similarity: 0, weight: vocabulary.weight(typed) };
    return { typed, tokens: [token], similarity: TYPO_SIMILARITY[correction.distance] ?? 0, weight: vocabulary.weight(token) };
  }

  /**
   * `names`: tokens the user wrote as names; an unknown one is a subject the facts do not cover.
   * `askedWord`: the word right after who/how (see NormalizedText); an everyday one asks nothing particular.
   */
  return (tokens: readonly string[], names: readonly string[] = [], askedWord?: string): ResolvedToken[] => {
    const nameSet = new Set(names);
    return tokens.map((typed) => {
      const found = readingOf(typed);
      const known = found.tokens[0];
      const asked = typed === askedWord && !EVERYDAY_TOKENS.has(typed);
      return { ...found, asked, subject: known ? isPlace(known) : isPlace(typed) || nameSet.has(typed) };
    });
  };
}
