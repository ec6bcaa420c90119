import { SOURCE_TITLE, type Fact } from '../src/facts/fact';

/** A small seeded generator (mulberry32), so every run benchmarks the same bases and queries. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface WordSampler {
  /** A word drawn with a Zipf-like skew: a few words are common, most are rare. */
  word(): string;
  words(count: number): string[];
  integer(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  random(): number;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'tor', 'ven', 'ra', 'sul', 'dex', 'an', 'bri', 'cho', 'per', 'gan', 'is', 'ur', 'tel', 'mon', 'qua', 'zen', 'fi'];

/**
 * Real words (from the real facts) plus invented ones, so that a synthetic base of 10,000 facts has
 * the vocabulary size and word-frequency skew of a large real base rather than 40 words repeated.
 */
export function createWordSampler(realWords: readonly string[], seed: number, inventedCount = 6000): WordSampler {
  const random = seededRandom(seed);
  const integer = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const invented = new Set<string>();
  while (invented.size < inventedCount) {
    const parts = integer(2, 4);
    invented.add(Array.from({ length: parts }, () => SYLLABLES[integer(0, SYLLABLES.length - 1)]).join(''));
  }
  const vocabulary = [...new Set(realWords), ...invented];
  const word = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length * random() ** 2.5))]!;
  return {
    word,
    words: (count) => Array.from({ length: count }, word),
    integer,
    pick: (items) => items[integer(0, items.length - 1)]!,
    random,
  };
}

export function wordsOfFacts(facts: readonly Fact[]): string[] {
  const text = facts.map((fact) => [fact.title, fact.answer, ...fact.questions, ...fact.keywords].join(' ')).join(' ');
  return text.toLowerCase().match(/[a-z]{3,}/g) ?? [];
}

export function syntheticFacts(count: number, sampler: WordSampler): Fact[] {
  const sentence = (min: number, max: number) => sampler.words(sampler.integer(min, max)).join(' ');
  return Array.from({ length: count }, (_, position) => ({
    id: `syn-${String(position).padStart(5, '0')}`,
    title: sentence(3, 8),
    answer: sentence(25, 80),
    questions: Array.from({ length: sampler.integer(3, 8) }, () => `${sentence(4, 10)}?`),
    keywords: Array.from({ length: sampler.integer(3, 10) }, () => sentence(1, 2)),
    topic: `topic-${position % 12}`,
    tags: [],
    source: { title: SOURCE_TITLE, quotes: [sentence(10, 20)] },
    as_of: '2023-07-31',
  }));
}

/** Swaps two neighbouring letters of one word: the commonest typing slip. */
function withTypo(text: string, sampler: WordSampler): string {
  const words = text.split(' ');
  const position = sampler.integer(0, words.length - 1);
  const word = words[position]!;
  if (word.length < 5) return text;
  const at = sampler.integer(1, word.length - 3);
  words[position] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

/**
 * Questions of three kinds in fixed proportions: a fact's own question reworded (a word dropped,
 * a typo), a bag of words from the vocabulary, and words no fact contains.
 */
export function sampleQueries(facts: readonly Fact[], sampler: WordSampler, count: number): string[] {
  return Array.from({ length: count }, (_, position) => {
    const kind = position % 4;
    if (kind === 3) return sampler.words(sampler.integer(2, 6)).join(' ');
    if (kind === 2) return `what about ${sampler.words(3).join(' ')} zorblax quendary`;
    const fact = sampler.pick(facts);
    const question = fact.questions.length > 0 ? sampler.pick(fact.questions) : fact.title;
    const words = question.split(' ');
    if (words.length > 3) words.splice(sampler.integer(0, words.length - 1), 1);
    return withTypo(words.join(' '), sampler);
  });
}
