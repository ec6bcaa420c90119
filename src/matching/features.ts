import Fuse from 'fuse.js';
import { closestCosine } from './letter-profile';
import { MAX_SEARCHED_TERMS, type FactIndex, type Phrasing, type Retrieved } from './fact-index';
import type { FactReading, UnsaidPhrasing } from './fact-reading';
import { PHRASING_FUSE_OPTIONS, type PhrasingRecord } from './fuse-options';
import { isWholeNumber } from './normalize';
import type { QueryTerm, QuestionReading } from './question-reading';

/**
 * What the decision model weighs for one candidate fact. Each is 0..1; names say what a high
 * value means. They are few on purpose: each must earn its place on untouched eval sets.
 */
export const FEATURE_NAMES = Object.freeze([
  /** Rarity-weighted share of the question's terms the fact holds (typos count for a little less). */
  'coverage',
  /** Coverage minus the best coverage of any other candidate: what this fact holds that others do not. */
  'coverageLead',
  /** The same share, for the verbs and adjectives asked about ("how OLD", "when was it FOUNDED"). */
  'predicateCoverage',
  /** Rarity-weighted share of the question's terms that no fact holds at all. */
  'unknownShare',
  /** The question names something (a name some fact writes with a capital) the fact does not hold. */
  'nameMissing',
  /** How closely the question echoes the fact's title or one of its alternate questions (Fuse.js). */
  'phrasingSimilarity',
  /** Phrasing similarity minus the best of any other candidate. */
  'phrasingLead',
  /** Rarity-weighted overlap (F1) of the question's terms with the fact's closest phrasing: both say the same, no more. */
  'phrasingOverlap',
  /** Phrasing overlap minus the best of any other candidate. */
  'overlapLead',
  /**
   * Coverage times the fact's lead over the best other fact in retrieval (BM25) score, as a share
   * of its own (0 when it trails): a lone weak match ("bitcoin price today") leads nobody.
   */
  'retrievalLead',
  /** The question asks for a kind of answer (a number, a date, a reason...) the fact gives. */
  'kindMatch',
  /** The question asks for a kind of answer the fact does not give. */
  'kindMismatch',
  /** The question counts something ("how many ROCKETS") none of the fact's "how many" questions count. */
  'countMismatch',
  /** How many words the question asks with (its asking sentence's terms), as a share of ASKED_TERMS_COUNTED: a keyword search is not a paraphrase. */
  'askedTerms',
  /**
   * How alike the whole message and the fact's closest phrasing read letter by letter (see
   * LetterProfile): question words, endings and typos included, which the terms leave out.
   */
  'letterSimilarity',
] as const);

/** Beyond this many words, a longer question says no more about how telling its coverage is (twelve cross-validated worse). */
const ASKED_TERMS_COUNTED = 8;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** A term's rarity (FactIndex.idf), looked up once per question: a fact's phrasings repeat the same few terms. */
export type Rarity = (term: string) => number;

export function rarityIn(index: FactIndex): Rarity {
  const known = new Map<string, number>();
  return (term) => {
    let value = known.get(term);
    if (value === undefined) known.set(term, (value = index.idf(term)));
    return value;
  };
}

/** The summed rarity of the terms (a loop, not reduce: this runs for every phrasing of every candidate). */
function massOf(terms: readonly string[], rarity: Rarity): number {
  let mass = 0;
  for (const term of terms) mass += rarity(term);
  return mass;
}

function bestOther(values: readonly number[], position: number): number {
  return values.reduce((best, value, at) => (at === position ? best : Math.max(best, value)), 0);
}

/**
 * The features of each retrieved fact. Coverage and the like are measured on the sentence that
 * asks (the chat around it only helps retrieval): a greeting or a story about the asker's
 * cousin says nothing about which fact is meant.
 */
export function candidateFeatures(index: FactIndex, reading: QuestionReading, retrieved: readonly Retrieved[], rarity: Rarity = rarityIn(index)): Features[] {
  const focus = reading.terms.filter((term) => term.weight === 1);
  const focusTerms = focus.map((term) => term.term);
  const weightOf = (term: QueryTerm) => rarity(term.term);
  const mass = (terms: readonly QueryTerm[]) => terms.reduce((sum, term) => sum + weightOf(term), 0);
  const unknownShare = mass(focus) === 0 ? 0 : mass(focus.filter((term) => !index.knows(term.term))) / mass(focus);
  const isName = (term: QueryTerm) => term.name || index.isName(term.term);
  const predicates = focus.filter((term) => term.predicate && !isName(term));
  const names = focus.filter(isName);
  const overlaps = retrieved.map((candidate) => phrasingOverlap(rarity, focusTerms, reading, candidate.entry.phrasings).overlap);
  const similarity = phrasingSimilarity(rarity, reading, retrieved, overlaps);

  const per = retrieved.map((candidate) => {
    const credit = (term: QueryTerm) => (candidate.entry.terms.has(term.term) ? (term.credit ?? 1) : 0);
    const covered = (terms: readonly QueryTerm[]) => {
      const weight = mass(terms);
      return weight === 0 ? 1 : terms.reduce((sum, term) => sum + weightOf(term) * credit(term), 0) / weight;
    };
    return { coverage: covered(focus), predicateCoverage: covered(predicates), nameMissing: names.some((term) => credit(term) === 0) };
  });
  const coverages = per.map((entry) => entry.coverage);
  const scores = retrieved.map((candidate) => candidate.score);

  // A name counted ("how many Dutch...") says whose, not what: what is counted is the rest.
  const counted = (reading.counted ?? []).filter((term) => !index.isName(term));
  return retrieved.map((candidate, position) => {
    const { coverage, predicateCoverage, nameMissing } = per[position]!;
    const asks = reading.asks;
    return {
      coverage,
      coverageLead: coverage - bestOther(coverages, position),
      predicateCoverage,
      unknownShare,
      nameMissing: nameMissing ? 1 : 0,
      phrasingSimilarity: similarity[position]!,
      phrasingLead: similarity[position]! - bestOther(similarity, position),
      phrasingOverlap: overlaps[position]!,
      overlapLead: overlaps[position]! - bestOther(overlaps, position),
      retrievalLead: candidate.score > 0 ? (coverage * Math.max(0, candidate.score - bestOther(scores, position))) / candidate.score : 0,
      kindMatch: asks !== null && candidate.entry.kinds.has(asks) ? 1 : 0,
      kindMismatch: asks !== null && !candidate.entry.kinds.has(asks) ? 1 : 0,
      countMismatch: counted.length > 0 && candidate.entry.counted.size > 0 && !counted.some((term) => candidate.entry.counted.has(term)) ? 1 : 0,
      askedTerms: Math.min(focus.length, ASKED_TERMS_COUNTED) / ASKED_TERMS_COUNTED,
      letterSimilarity: closestCosine(reading.letters, candidate.entry.phrasingLetters),
    };
  });
}

/**
 * For each candidate, the question's phrasing overlap with the questions the source leaves
 * unanswered about the fact's subject (its `unsaid` entries), and the closest of them.
 */
export function unsaidOverlaps(index: FactIndex, reading: QuestionReading, candidates: ReadonlyArray<Pick<FactReading, 'unsaid'>>, rarity: Rarity = rarityIn(index)): Array<{ overlap: number; phrasing: UnsaidPhrasing | undefined }> {
  const focus = reading.terms.filter((term) => term.weight === 1).map((term) => term.term);
  return candidates.map((candidate) => phrasingOverlap(rarity, focus, reading, candidate.unsaid, true, (phrasing) => distinctShare(rarity, focus, phrasing)));
}

/**
 * How much of what tells an unsaid question apart from the fact's own questions the question
 * shares: "deir-alzour protest" shares all its words with "how many people attended the protest
 * in deir-alzour?", yet none of those the fact is not asked about.
 */
function distinctShare(rarity: Rarity, question: readonly string[], phrasing: UnsaidPhrasing): number {
  if (phrasing.distinct.length === 0) return 1;
  const total = massOf(phrasing.distinct, rarity);
  return total === 0 ? 1 : massOf(phrasing.distinct.filter((term) => question.includes(term)), rarity) / total;
}

/** "Why are they sending soldiers?" is another question than "how many soldiers are they sending?", for all the words they share. */
const OTHER_KIND_CREDIT = 0.5;

/**
 * The best rarity-weighted F1 of the question's terms against one of the phrasings, a phrasing
 * that asks for another kind of answer counting for less; and which phrasing it was. With
 * `kindAsked`, a phrasing that asks for a kind of answer the question does not ask for at all
 * also counts for less: an unsaid "WHO is the commander" is another question than "what did the
 * commander threaten".
 */
function phrasingOverlap<P extends Phrasing>(rarity: Rarity, question: readonly string[], { asks, time, guessedNumbers = 0 }: Pick<QuestionReading, 'asks' | 'time' | 'guessedNumbers'>, phrasings: readonly P[], kindAsked = false, share: (phrasing: P) => number = () => 1): { overlap: number; phrasing: P | undefined } {
  const wordsMass = massOf(question, rarity);
  let best = 0;
  let bestPhrasing: P | undefined;
  if (wordsMass === 0) return { overlap: best, phrasing: bestPhrasing };
  for (const phrasing of phrasings) {
    // A guessed number stands for the number a phrasing holds ("didn't they say 300 soldiers?" is
    // "didn't they say 150 soldiers?"), as rare as that number; it is unmatched, as rare as an unknown word, against one without.
    const { guessed, shared: guessShared } = guessedNumberMass(phrasing, guessedNumbers, rarity);
    let sharedWords = 0;
    for (const term of question) if (phrasing.terms.includes(term)) sharedWords += rarity(term);
    const shared = sharedWords + guessShared;
    if (shared === 0) continue;
    const questionMass = wordsMass + guessed;
    const recall = shared / questionMass;
    const precision = shared / massOf(phrasing.terms, rarity);
    const otherKind = phrasing.asks !== null && phrasing.asks !== asks && (kindAsked || asks !== null);
    const otherTime = time !== null && phrasing.time !== null && phrasing.time !== time;
    const overlap = ((2 * recall * precision) / (recall + precision)) * (otherKind || otherTime ? OTHER_KIND_CREDIT : 1) * share(phrasing);
    if (overlap > best) {
      best = overlap;
      bestPhrasing = phrasing;
    }
  }
  return { overlap: best, phrasing: bestPhrasing };
}

/** What a question's guessed numbers weigh against one phrasing, and what of that the phrasing shares (see phrasingOverlap). */
const NO_GUESS = Object.freeze({ guessed: 0, shared: 0 });

function guessedNumberMass(phrasing: Phrasing, guesses: number, idf: Rarity): { guessed: number; shared: number } {
  if (guesses === 0) return NO_GUESS;
  const numbers = phrasing.terms.filter(isWholeNumber).map(idf);
  // Against a phrasing without a number, a guess weighs as much as a word no fact holds (the empty term).
  if (numbers.length === 0) return { guessed: guesses * idf(''), shared: 0 };
  const weight = Math.max(...numbers);
  return { guessed: guesses * weight, shared: Math.min(guesses, numbers.length) * weight };
}

/**
 * Candidates whose phrasings are compared letter by letter, those whose phrasings share the most
 * with the question (see phrasingOverlap): measured on the tuning sets, comparing three instead of
 * six changed no figure by more than a question or two and halved a question's time. Not the best
 * retrieved: "hoeveel soldaten stuurt nederland naar irak" is all common words, and the fact one of
 * whose questions it is came fifth in retrieval.
 */
const FUZZY_COMPARED = 3;
/**
 * Phrasings of each of those compared letter by letter: the ones sharing the most telling words
 * with the question (measured on the tuning sets: 8 of a fact's 40 changed no figure by more than a
 * question, and halved a question's median time).
 */
const FUZZY_PHRASINGS = 8;

/** For each candidate, 1 minus the best Fuse.js score of the question against its phrasings. */
function phrasingSimilarity(rarity: Rarity, reading: QuestionReading, retrieved: readonly Retrieved[], overlaps: readonly number[]): number[] {
  // The most telling words, as retrieval searches them: a pasted essay is compared by its rarest words, not all of them.
  const terms = reading.terms
    .filter((term) => term.weight === 1)
    .map((term) => term.term)
    .sort((a, b) => rarity(b) - rarity(a))
    .slice(0, MAX_SEARCHED_TERMS);
  const query = terms.join(' ');
  if (query === '' || retrieved.length === 0) return retrieved.map(() => 0);
  // Only phrasings that share words with the question can echo it, and of a fact's forty the few
  // that share the most telling ones: comparing letter by letter is most of a question's time.
  const sharedMass = (phrasing: Phrasing) => phrasing.terms.reduce((sum, term) => (terms.includes(term) ? sum + rarity(term) : sum), 0);
  const compared = retrieved
    .map((candidate, position) => ({ candidate, position }))
    .sort((a, b) => overlaps[b.position]! - overlaps[a.position]! || a.position - b.position)
    .slice(0, FUZZY_COMPARED);
  const records: PhrasingRecord[] = compared.flatMap(({ candidate, position }) =>
    candidate.entry.phrasings
      .map((phrasing) => ({ phrasing, shared: sharedMass(phrasing) }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, FUZZY_PHRASINGS)
      .map(({ phrasing }) => ({ position, text: phrasing.terms.join(' ') })),
  );
  if (records.length === 0) return retrieved.map(() => 0);
  const best = retrieved.map(() => 0);
  for (const hit of new Fuse(records, PHRASING_FUSE_OPTIONS).search(query)) {
    best[hit.item.position] = Math.max(best[hit.item.position]!, 1 - (hit.score ?? 1));
  }
  return best;
}
