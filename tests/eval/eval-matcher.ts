import type { StoredFact } from '../../src/facts/fact';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { createFactMatcher } from '../../src/matching/fact-matcher';
import type { FactMatcher } from '../../src/matching/types';

export interface EvalKnowledge {
  facts: StoredFact[];
  matcher: FactMatcher;
}

/**
 * The facts of knowledge/ as a fresh import would store them (revision 1, not retired),
 * and the production matcher built over them, so the eval scores what users would get.
 */
export function loadEvalKnowledge(dir: string): EvalKnowledge {
  const facts = loadEvalFacts(dir);
  return { facts, matcher: createFactMatcher(facts) };
}

/** The same facts without a matcher: `npm run fit` builds only the indexes, as the model file may not fit the code yet. */
export function loadEvalFacts(dir: string): StoredFact[] {
  return loadKnowledgeDir(dir).map(({ fact }) => ({
    ...fact,
    revision: 1,
    retired: false,
    updatedAt: `${fact.as_of}T00:00:00.000Z`,
    updatedBy: 'knowledge',
    updatedByModerator: false,
  }));
}
