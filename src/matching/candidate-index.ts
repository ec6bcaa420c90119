import type { Fact } from '../facts/fact';
import { indexFact, type IndexedFact } from './indexed-fact';
import { canonicalWord, synonymSpellings } from './normalize';
import { createTypoTable, type TypoTable } from './typo-table';
import { createTokenReader, tokenWeight, type ResolvedToken } from './token-reading';

export type { ResolvedToken } from './token-reading';

export interface Candidate {
  index: number;
  /** Rarity-weighted evidence the fact holds for the question's words. */
  mass: number;
  /** That evidence as a share of everything the question asked about (0..1). */
  coverage: number;
}

export interface CandidateIndex {
  readonly facts: readonly IndexedFact[];
  idf(token: string): number;
  knows(token: string): boolean;
  /** `names`: tokens the user wrote as names (see NormalizedText). */
  resolve(tokens: readonly string[], names?: readonly string[], askedWord?: string): ResolvedToken[];
  /** Whether most facts contain the token: the fact base's setting ("Iraq"), not a particular subject. */
  isSetting(token: string): boolean;
  /** Whether the fact at `factIndex` contains the token in any field. */
  holds(token: string, factIndex: number): boolean;
  /** Facts sharing at least one word with the question, best coverage first. */
  candidates(resolved: readonly ResolvedToken[], limit: number): Candidate[];
  /** Matched evidence worth full confidence: about one word found in a tenth of the facts. */
  readonly specificMass: number;
  /** Known tokens starting with a prefix, most frequent first. */
  completions(prefix: string, limit: number): string[];
}

/** The facts holding one token, with how strongly each holds it (see FIELD_EVIDENCE). */
interface Posting {
  facts: number[];
  strengths: number[];
}

/** The `limit` facts with the most evidence, best first, without sorting every touched fact. */
function topByMass(touched: readonly number[], mass: Float64Array, limit: number): Array<{ index: number; mass: number }> {
  const top: Array<{ index: number; mass: number }> = [];
  for (const index of touched) {
    const value = mass[index]!;
    if (top.length === limit && value <= top[top.length - 1]!.mass) continue;
    let position = top.length;
    while (position > 0 && (top[position - 1]!.mass < value || (top[position - 1]!.mass === value && top[position - 1]!.index > index))) position -= 1;
    top.splice(position, 0, { index, mass: value });
    if (top.length > limit) top.pop();
  }
  return top;
}

export function createCandidateIndex(facts: readonly Fact[]): CandidateIndex {
  const indexed: IndexedFact[] = [];
  const postings = new Map<string, Posting>();
  facts.forEach((fact, factIndex) => {
    const { entry, evidence } = indexFact(fact);
    indexed.push(entry);
    for (const [token, strength] of evidence) {
      const posting = postings.get(token);
      if (posting) {
        posting.facts.push(factIndex);
        posting.strengths.push(strength);
      } else postings.set(token, { facts: [factIndex], strengths: [strength] });
    }
  });
  const total = indexed.length;
  const frequencyOf = (token: string) => postings.get(token)?.facts.length ?? 0;
  const idf = (token: string) => tokenWeight(token, frequencyOf(token), total);
  const sortedVocabulary = [...postings.keys()].sort();
  const spellings = [...synonymSpellings()].filter(([, canonical]) => postings.has(canonical)).map(([spelling]) => spelling);
  const typos: TypoTable = createTypoTable(
    [...new Set([...sortedVocabulary, ...spellings])],
    (word) => frequencyOf(canonicalWord(word)),
  );

  const resolve = createTokenReader({ has: (token) => postings.has(token), weight: idf, typos });

  const spellingsSorted = [...new Set([...sortedVocabulary, ...spellings])].sort();
  const accumulated = new Float64Array(total);
  const strongestOfSlot = new Float64Array(total);
  const touched: number[] = [];
  const add = (factIndex: number, amount: number) => {
    const before = accumulated[factIndex]!;
    if (before === 0) touched.push(factIndex);
    accumulated[factIndex] = before + amount;
  };
  /** A word that may stand for several known words counts once per fact, with its strongest reading. */
  const addStrongestOf = (tokens: readonly string[], factor: number) => {
    const slotTouched: number[] = [];
    for (const token of tokens) {
      const posting = postings.get(token);
      if (!posting) continue;
      for (let position = 0; position < posting.facts.length; position += 1) {
        const factIndex = posting.facts[position]!;
        const strength = posting.strengths[position]!;
        if (strength <= strongestOfSlot[factIndex]!) continue;
        if (strongestOfSlot[factIndex] === 0) slotTouched.push(factIndex);
        strongestOfSlot[factIndex] = strength;
      }
    }
    for (const factIndex of slotTouched) {
      add(factIndex, factor * strongestOfSlot[factIndex]!);
      strongestOfSlot[factIndex] = 0;
    }
  };

  const rarityOfUnique = Math.log(1 + (total - 0.5) / 1.5);
  return {
    facts: indexed,
    specificMass: Math.min(Math.log(10), 0.75 * rarityOfUnique),
    idf,
    knows: (token) => postings.has(token),
    resolve,
    isSetting: (token) => frequencyOf(token) > total / 2,
    holds(token, factIndex) {
      const facts = postings.get(token)?.facts;
      if (!facts) return false;
      let low = 0;
      let high = facts.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (facts[middle]! < factIndex) low = middle + 1;
        else high = middle;
      }
      return facts[low] === factIndex;
    },
    candidates(resolved, limit) {
      const totalWeight = resolved.reduce((sum, entry) => sum + entry.weight, 0);
      if (totalWeight <= 0 || limit <= 0) return [];
      touched.length = 0;
      for (const entry of resolved) {
        const factor = entry.weight * entry.similarity;
        if (factor <= 0 || entry.tokens.length === 0) continue;
        const posting = entry.tokens.length === 1 ? postings.get(entry.tokens[0]!) : undefined;
        if (!posting) {
          addStrongestOf(entry.tokens, factor);
          continue;
        }
        for (let position = 0; position < posting.facts.length; position += 1) add(posting.facts[position]!, factor * posting.strengths[position]!);
      }
      const best = topByMass(touched, accumulated, limit);
      for (const factIndex of touched) accumulated[factIndex] = 0;
      return best.map(({ index, mass }) => ({ index, mass, coverage: mass / totalWeight }));
    },
    completions(prefix, limit) {
      if (!prefix) return [];
      let low = 0;
      let high = spellingsSorted.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (spellingsSorted[middle]! < prefix) low = middle + 1;
        else high = middle;
      }
      const found = new Set<string>();
      for (let position = low; position < spellingsSorted.length && spellingsSorted[position]!.startsWith(prefix); position += 1) {
        const canonical = canonicalWord(spellingsSorted[position]!);
        if (postings.has(canonical)) found.add(canonical);
        if (found.size >= limit * 4) break;
      }
      return [...found].sort((a, b) => frequencyOf(b) - frequencyOf(a)).slice(0, limit);
    },
  };
}
