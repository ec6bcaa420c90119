import type { Fact, Unsaid } from '../facts/fact';
import type { AnswerKind } from './answer-kinds';
import type { Language } from '../core/languages';
import { assertDecisionModelFitsCode, confidenceIn, DECISION_MODEL, featureVector, probability, type DecisionModel, type LogisticModel, type Ranked } from './decision';
import { FactIndex } from './fact-index';
import { unsaidIn } from './fact-reading';
import { candidateFeatures, rarityIn, unsaidOverlaps } from './features';
import { closestCosine } from './letter-profile';
import { buildIndexes, prepareParallelBuild, type ParallelBuildOptions } from './parallel-build';
import { isWholeNumber, termOf } from './normalize';
import { readQuestion, type QueryTerm, type QuestionReading } from './question-reading';
import { suggestFacts } from './suggest';
import type { FactMatcher, MatchCandidate, MatchResult } from './types';

export { SUGGEST_LIMIT_MAX } from './suggest';

/** A corrected misspelling is likely, not certain, to be the word meant. */
const CORRECTED_CREDIT = 0.7;

/** Facts looked at closely per question: retrieval puts the right one in the first few. */
const CANDIDATES = 6;
/** "Did you mean" and "Related" offer at most this many facts. */
const OFFERED = 3;
/**
 * A declined question's related facts hold at least this share of what it asked about, and most
 * of its words are known to the fact base at all: "how old is Sudani?" is a near miss about facts
 * we hold; "what is the capital of Australia?" is about something else, whatever "capital" matches.
 */
const RELATED_MIN_COVERAGE = 0.34;
const RELATED_MAX_UNKNOWN = 0.5;

export interface ScoredCandidate extends Ranked {
  fact: Fact;
  /**
   * How closely the question echoes something the source does not say about the fact (see
   * unsaidOverlaps), and how alike it reads letter by letter to the closest of those questions.
   */
  unsaid: { overlap: number; entry: number | undefined; letters: number };
}

/** Every candidate with its features and ranker probability, best first: what the decision (and `npm run fit`) sees. */
export function scoreCandidates(index: FactIndex, question: string, ranker: Pick<LogisticModel, 'weights' | 'bias'> = DECISION_MODEL.ranker): ScoredCandidate[] {
  return scoreReading(index, readSpelledQuestion(index, question, readQuestion(question, index.language)), ranker);
}

/** The same, for a question already read (reading tags parts of speech: once per question is enough). */
function scoreReading(index: FactIndex, question: QuestionReading, ranker: Pick<LogisticModel, 'weights' | 'bias'> = DECISION_MODEL.ranker): ScoredCandidate[] {
  const reading = setAsideGuessedNumbers(index, question);
  const results = index.retrieve(reading.terms, CANDIDATES);
  const rarity = rarityIn(index);
  const features = candidateFeatures(index, reading, results, rarity);
  const echoes = unsaidOverlaps(index, reading, results.map(({ entry }) => entry), rarity);
  return rank(
    results.map((result, at) => ({
      fact: result.entry.fact,
      features: features[at]!,
      rank: 0,
      unsaid: { overlap: echoes[at]!.overlap, entry: echoes[at]!.phrasing?.entry, letters: closestCosine(reading.letters, result.entry.unsaidLetters) },
    })),
    ranker,
  );
}

/**
 * A question that echoes one of the best candidate's unsaid questions (see Unsaid) at least this
 * closely, and at least as closely as any question the fact answers, asks what the source does not
 * say: it is declined, with the curators' note saying what is not known. Chosen on the tuning sets
 * over a fitted weight in the decision model (which also moved the answer threshold and cost more
 * right answers than the wrong ones it saved), a margin over the fact's own questions, and
 * requiring the same question word both ways (README, "known gaps").
 */
const UNSAID_MIN_OVERLAP = 0.5;

function echoesUnsaid(candidate: ScoredCandidate): boolean {
  return candidate.unsaid.overlap >= Math.max(UNSAID_MIN_OVERLAP, candidate.features.phrasingOverlap);
}

/**
 * The note of the leading candidate whose unsaid questions the declined question echoes most
 * closely: "how old is Sudani?" may echo a weaker candidate's "how old" entry too, but Sudani's is
 * the one it asks.
 */
function unsaidNote(scored: readonly ScoredCandidate[], language: Language): MatchResult['unsaid'] {
  let closest: { candidate: ScoredCandidate; entry: Unsaid } | undefined;
  for (const candidate of scored.slice(0, OFFERED)) {
    const entry = echoesUnsaid(candidate) && candidate.unsaid.entry !== undefined ? candidate.fact.unsaid?.[candidate.unsaid.entry] : undefined;
    if (entry && (!closest || candidate.unsaid.overlap > closest.candidate.unsaid.overlap)) closest = { candidate, entry };
  }
  return closest && { fact: closest.candidate.fact, note: unsaidIn(closest.entry, language).note };
}

/** The candidates ordered by a ranker, best first. */
export function rank(candidates: readonly ScoredCandidate[], ranker: Pick<LogisticModel, 'weights' | 'bias'>): ScoredCandidate[] {
  return candidates.map((candidate) => ({ ...candidate, rank: probability(ranker, featureVector(candidate.features)) })).sort((a, b) => b.rank - a.rank);
}

const YEAR = /^(1[89]|20)\d\d$/;

/**
 * Words of the asking sentence no fact holds are read as misspellings of a word the facts use,
 * where one is close ("parlament"): the question is read again with them written as the facts
 * spell them, so that a typo inside a name of several words still reads as that name ("prime
 * minster" is "prime minister", one term, not "prime" and a misspelt "minster"). The words
 * corrected count for a little less. Only the sentence that asks is corrected: the chat around it
 * is mostly words no fact uses ("study group", "lunch break"), each a fuzzy look-up that cannot help.
 */
function readSpelledQuestion(index: FactIndex, question: string, reading: QuestionReading): QuestionReading {
  const corrections = new Map<string, string>();
  for (const term of reading.terms) {
    // A number is not misspelt: one no fact holds is the asker's guess (see setAsideGuessedNumbers).
    if (term.weight < 1 || index.knows(term.term) || term.folded.includes(' ') || isWholeNumber(term.term)) continue;
    const corrected = index.spelling.correct(term.folded);
    if (corrected) corrections.set(term.folded, corrected);
  }
  if (corrections.size === 0) return reading;
  const corrected = new Set(corrections.values());
  const reread = readQuestion(question, index.language, corrections);
  return { ...reread, terms: reread.terms.map((term) => (term.folded.split(' ').some((word) => corrected.has(word)) ? { ...term, credit: CORRECTED_CREDIT } : term)) };
}

/**
 * A number in the asking sentence that no fact holds is the asker's guess to be checked ("didn't
 * they say 300 soldiers?", "was it 2012?"), not a word to find: it is set aside, and the question
 * reads as asking for a number, or a date for a year, when its question words did not say. How many
 * were set aside is kept: a guess stands for the number a phrasing holds (see phrasingOverlap).
 */
function setAsideGuessedNumbers(index: FactIndex, reading: QuestionReading): QuestionReading {
  const guesses = reading.terms.filter((term) => term.weight === 1 && isWholeNumber(term.term) && !index.knows(term.term));
  if (guesses.length === 0 || guesses.length === reading.terms.length) return reading;
  const asks = reading.asks ?? (guesses.every((term) => YEAR.test(term.term)) ? 'date' : 'number');
  return { ...reading, terms: reading.terms.filter((term) => !guesses.includes(term)), asks, guessedNumbers: guesses.length };
}

/** Ranks closer than this are the same rank, up to floating-point rounding. */
const EXACT_TIE = 1e-9;

const rounded = (score: number) => Math.round(score * 1000) / 1000;
const asCandidate = ({ fact, rank: score }: ScoredCandidate): MatchCandidate => ({ fact, score: rounded(score) });

/**
 * Answer, offer a choice, or decline, from the ranking and the confidence in the best candidate for
 * a question asking for `asks` (`npm run fit`, trying many thresholds with one confidence model,
 * passes the confidence it already knows).
 */
export function decide(scored: readonly ScoredCandidate[], model: DecisionModel = DECISION_MODEL, asks: AnswerKind | null = null, knownConfidence?: number): MatchResult {
  const best = scored[0];
  const related = scored
    .filter(({ features }) => features.coverage >= RELATED_MIN_COVERAGE && features.unknownShare <= RELATED_MAX_UNKNOWN)
    .slice(0, OFFERED)
    .map(asCandidate);
  if (!best) return { status: 'no_match', candidates: related };
  // What the question asks is not known; the fact it is about comes first among the related ones.
  if (echoesUnsaid(best)) return { status: 'no_match', candidates: [asCandidate(best), ...related.filter(({ fact }) => fact.id !== best.fact.id)].slice(0, OFFERED) };
  const contenders = scored.filter((candidate) => candidate.rank >= Math.max(model.offerAt, best.rank - model.closeGap));
  // Facts the ranker cannot tell apart at all are a choice for the asker, however sure the model is of the first.
  const tied = contenders.filter((candidate) => best.rank - candidate.rank < EXACT_TIE);
  if (tied.length >= 2) return { status: 'ambiguous', candidates: contenders.slice(0, OFFERED).map(asCandidate) };
  const confidence = knownConfidence ?? confidenceIn(scored, model, asks);
  if (confidence >= model.answerAt) return { status: 'answered', candidates: [{ fact: best.fact, score: rounded(confidence) }] };
  if (contenders.length >= 2) return { status: 'ambiguous', candidates: contenders.slice(0, OFFERED).map(asCandidate) };
  return { status: 'no_match', candidates: related };
}

export interface IndexedMatcher extends FactMatcher {
  /** The English index (what `npm run fit` and the tests score against). */
  readonly index: FactIndex;
  readonly indexes: Readonly<Record<Language, FactIndex>>;
  /** Adds a fact, or replaces the fact with the same id, in every language's index. */
  put(fact: Fact): void;
  remove(id: string): void;
}

const LANGUAGES: readonly Language[] = ['en', 'nl'];

/**
 * A matcher over facts that can change one at a time (see FactIndex). Each language has its own
 * index over the same facts, read with that language's rules, and the same decision model.
 */
export function createFactMatcher(facts: readonly Fact[]): IndexedMatcher {
  return matcherOver(factIndexes(facts));
}

/** Each language's index over the facts, without a matcher (`npm run fit` needs no more, and may run before the model file fits the code). */
export function factIndexes(facts: readonly Fact[]): Record<Language, FactIndex> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, new FactIndex(facts, language)])) as Record<Language, FactIndex>;
}

/** The same, built in slices that give the event loop back; a big base's later facts by a worker thread meanwhile (see buildIndexes). */
export async function buildFactMatcher(facts: readonly Fact[], options?: ParallelBuildOptions): Promise<IndexedMatcher> {
  return matcherOver(await buildIndexes(facts, LANGUAGES, options));
}

/** For a process that builds a matcher soon (the bot starting): the parallel build's worker thread starts now (see prepareParallelBuild). */
export const prepareMatcherBuild = (): void => prepareParallelBuild(LANGUAGES);

/** A matcher answering from indexes; it sees every later put or remove. */
export function matcherOver(indexes: Readonly<Record<Language, FactIndex>>): IndexedMatcher {
  assertDecisionModelFitsCode();
  const index = indexes.en;
  return {
    index,
    indexes,
    get size() {
      return index.size;
    },
    match(question: string, language: Language = 'en'): MatchResult {
      const reading = readQuestion(question, language);
      if (!reading.hasText) return { status: 'no_match', candidates: [], inputProblem: 'empty' };
      if (!reading.hasWords) return { status: 'no_match', candidates: [], inputProblem: 'no_words' };
      const scored = scoreReading(indexes[language], readSpelledQuestion(indexes[language], question, reading));
      const decided = decide(scored, DECISION_MODEL, reading.asks);
      const unsaid = decided.status === 'no_match' ? unsaidNote(scored, language) : undefined;
      if (!unsaid) return decided;
      // The fact the question was about comes first among the related ones.
      const about = scored.find(({ fact }) => fact.id === unsaid.fact.id)!;
      return { ...decided, candidates: [asCandidate(about), ...decided.candidates.filter(({ fact }) => fact.id !== unsaid.fact.id)].slice(0, OFFERED), unsaid };
    },
    suggest: (partial, limit, language = 'en') => suggestFacts(indexes[language], partial, limit),
    put(fact) {
      for (const language of LANGUAGES) indexes[language].add(fact);
    },
    remove(id) {
      for (const language of LANGUAGES) indexes[language].remove(id);
    },
  };
}
