import type { Fact } from '../facts/fact';
import { DECISION_MODEL, featureVector, probability, type DecisionModel } from './decision';
import { FactIndex } from './fact-index';
import { candidateFeatures, type Features } from './features';
import { termOf } from './normalize';
import { readQuestion, type QueryTerm, type QuestionReading } from './question-reading';
import { suggestFacts } from './suggest';
import type { FactMatcher, MatchCandidate, MatchResult } from './types';

export { SUGGEST_LIMIT_MAX } from './suggest';

/** Facts looked at closely per question: retrieval puts the right one in the first few. */
const CANDIDATES = 6;
/** "Did you mean" and "Related" offer at most this many facts. */
const OFFERED = 3;
/** A declined question's related facts hold at least this share of what it asked about. */
const RELATED_MIN_COVERAGE = 0.34;

export interface ScoredCandidate {
  fact: Fact;
  features: Features;
  probability: number;
}

/** Every candidate with its features and probability, best first: what the decision (and `npm run fit`) sees. */
export function scoreCandidates(index: FactIndex, question: string, model: Pick<DecisionModel, 'weights' | 'bias'> = DECISION_MODEL): ScoredCandidate[] {
  const reading = correctSpelling(index, readQuestion(question));
  const results = index.retrieve(reading.terms, CANDIDATES);
  const features = candidateFeatures(index, reading, results);
  return results
    .map((result, at) => ({ fact: result.entry.fact, features: features[at]!, probability: probability(model, featureVector(features[at]!)) }))
    .sort((a, b) => b.probability - a.probability);
}

/** Terms no fact holds are read as misspellings of a word the facts use, where one is close ("parlament"). */
function correctSpelling(index: FactIndex, reading: QuestionReading): QuestionReading {
  const terms = new Map<string, QueryTerm>();
  for (const term of reading.terms) {
    const corrected = index.knows(term.term) ? undefined : index.spelling.correct(term.folded);
    const read = corrected ? { ...term, term: termOf(corrected) || term.term, folded: corrected, corrected: true } : term;
    if (!terms.has(read.term)) terms.set(read.term, read);
  }
  return { ...reading, terms: [...terms.values()] };
}

const asCandidate = ({ fact, probability: score }: ScoredCandidate): MatchCandidate => ({ fact, score: Math.round(score * 1000) / 1000 });

/** Answer, offer a choice, or decline, from the candidates' probabilities alone. */
export function decide(scored: readonly ScoredCandidate[], model: DecisionModel = DECISION_MODEL): MatchResult {
  const best = scored[0];
  const related = scored.filter((candidate) => candidate.features.coverage >= RELATED_MIN_COVERAGE).slice(0, OFFERED).map(asCandidate);
  if (!best || best.probability < model.offerAt) return { status: 'no_match', candidates: related };
  const contenders = scored.filter((candidate) => candidate.probability >= Math.max(model.offerAt, best.probability - model.closeGap));
  if (contenders.length >= 2) return { status: 'ambiguous', candidates: contenders.slice(0, OFFERED).map(asCandidate) };
  if (best.probability >= model.answerAt) return { status: 'answered', candidates: [asCandidate(best)] };
  return { status: 'no_match', candidates: related };
}

/** A matcher over facts that can change one at a time (see FactIndex). */
export function createFactMatcher(facts: readonly Fact[]): FactMatcher & { index: FactIndex } {
  const index = new FactIndex(facts);
  return {
    index,
    get size() {
      return index.size;
    },
    match(question: string): MatchResult {
      const reading = readQuestion(question);
      if (!reading.hasText) return { status: 'no_match', candidates: [], inputProblem: 'empty' };
      if (!reading.hasWords) return { status: 'no_match', candidates: [], inputProblem: 'no_words' };
      return decide(scoreCandidates(index, question));
    },
    suggest: (partial, limit) => suggestFacts(index, partial, limit),
  };
}
