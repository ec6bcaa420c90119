import type { CandidateIndex, ResolvedToken } from './candidate-index';
import type { IndexedFact } from './indexed-fact';

/**
 * How closely a question echoes one phrasing of the fact: rarity-weighted overlap of the two
 * word sets (Ochiai), best phrasing wins. A one-word keyword that every fact shares cannot
 * score high, because the overlap is measured against the question's weight too.
 */
export function focusOf(entry: IndexedFact, resolved: readonly ResolvedToken[], index: CandidateIndex): number {
  const similarityOf = new Map<string, number>();
  let questionMass = 0;
  for (const token of resolved) {
    questionMass += token.weight;
    for (const known of token.tokens) similarityOf.set(known, Math.max(similarityOf.get(known) ?? 0, token.similarity));
  }
  if (questionMass <= 0) return 0;
  let best = 0;
  for (const phrase of entry.phrases) {
    let phraseMass = 0;
    let shared = 0;
    for (const token of phrase) {
      const weight = index.idf(token);
      phraseMass += weight;
      shared += weight * (similarityOf.get(token) ?? 0);
    }
    if (phraseMass > 0) best = Math.max(best, shared / Math.sqrt(phraseMass * questionMass));
  }
  return Math.min(1, best);
}
