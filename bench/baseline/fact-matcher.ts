import type { Fact } from '../../src/facts/fact';
import type { Language } from '../../src/core/languages';
import { confidenceIn, DECISION_MODEL, featureVector, probability, type DecisionModel, type LogisticModel, type Ranked } from '../../src/matching/decision';
import { FactIndex } from './fact-index';
import { candidateFeatures } from '../../src/matching/features';
import { termOf } from './normalize';
import { readQuestion, type QueryTerm, type QuestionReading } from '../../src/matching/question-reading';
import { suggestFacts } from './suggest';
import type { FactMatcher, MatchCandidate, MatchResult } from '../../src/matching/types';

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
}

/** Every candidate with its features and ranker probability, best first: what the decision (and `npm run fit`) sees. */
export function scoreCandidates(index: FactIndex, question: string, ranker: Pick<LogisticModel, 'weights' | 'bias'> = DECISION_MODEL.ranker): ScoredCandidate[] {
  return scoreReading(index, readQuestion(question, index.language), ranker);
}

/** The same, for a question already read (reading tags parts of speech: once per question is enough). */
function scoreReading(index: FactIndex, question: QuestionReading, ranker: Pick<LogisticModel, 'weights' | 'bias'> = DECISION_MODEL.ranker): ScoredCandidate[] {
  const reading = correctSpelling(index, question);
  const results = index.retrieve(reading.terms, CANDIDATES);
  const features = candidateFeatures(index as never, reading, results as never);
  return rank(results.map((result, at) => ({ fact: result.entry.fact, features: features[at]!, rank: 0 })), ranker);
}

/** The candidates ordered by a ranker, best first. */
export function rank(candidates: readonly ScoredCandidate[], ranker: Pick<LogisticModel, 'weights' | 'bias'>): ScoredCandidate[] {
  return candidates.map((candidate) => ({ ...candidate, rank: probability(ranker, featureVector(candidate.features)) })).sort((a, b) => b.rank - a.rank);
}

/** Terms no fact holds are read as misspellings of a word the facts use, where one is close ("parlament"). */
function correctSpelling(index: FactIndex, reading: QuestionReading): QuestionReading {
  const terms = new Map<string, QueryTerm>();
  for (const term of reading.terms) {
    const corrected = index.knows(term.term) ? undefined : index.spelling.correct(term.folded);
    const read = corrected ? { ...term, term: termOf(corrected, index.language) || term.term, folded: corrected, credit: CORRECTED_CREDIT } : term;
    if (!terms.has(read.term)) terms.set(read.term, read);
  }
  return { ...reading, terms: [...terms.values()] };
}

const rounded = (score: number) => Math.round(score * 1000) / 1000;
const asCandidate = ({ fact, rank: score }: ScoredCandidate): MatchCandidate => ({ fact, score: rounded(score) });

/** Answer, offer a choice, or decline, from the ranking and the confidence in the best candidate. */
export function decide(scored: readonly ScoredCandidate[], model: DecisionModel = DECISION_MODEL): MatchResult {
  const best = scored[0];
  const related = scored
    .filter(({ features }) => features.coverage >= RELATED_MIN_COVERAGE && features.unknownShare <= RELATED_MAX_UNKNOWN)
    .slice(0, OFFERED)
    .map(asCandidate);
  if (!best) return { status: 'no_match', candidates: related };
  const confidence = confidenceIn(scored, model);
  if (confidence >= model.answerAt) return { status: 'answered', candidates: [{ fact: best.fact, score: rounded(confidence) }] };
  const contenders = scored.filter((candidate) => candidate.rank >= Math.max(model.offerAt, best.rank - model.closeGap));
  if (contenders.length >= 2) return { status: 'ambiguous', candidates: contenders.slice(0, OFFERED).map(asCandidate) };
  return { status: 'no_match', candidates: related };
}

/**
 * A matcher over facts that can change one at a time (see FactIndex). Each language has its own
 * index over the same facts, read with that language's rules, and the same decision model.
 */
export function createFactMatcher(facts: readonly Fact[]): FactMatcher & { index: FactIndex; indexes: Readonly<Record<Language, FactIndex>> } {
  const index = new FactIndex(facts, 'en');
  const indexes: Readonly<Record<Language, FactIndex>> = { en: index, nl: new FactIndex(facts, 'nl') };
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
      return decide(scoreReading(indexes[language], reading));
    },
    suggest: (partial, limit, language = 'en') => suggestFacts(indexes[language], partial, limit),
  };
}
