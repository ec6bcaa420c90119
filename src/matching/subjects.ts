import type { CandidateIndex, ResolvedToken } from './candidate-index';

/**
 * How many times the question names something the fact is not about: once for each name no fact
 * knows ("Lithuania"), and once when the fact mentions none of the countries or peoples the
 * question names ("American soldiers" against a fact about Dutch soldiers). The fact base's
 * setting, found in most facts, names no particular subject and is left out.
 */
export function foreignSubjects(index: CandidateIndex, resolved: readonly ResolvedToken[], factIndex: number): number {
  const subjects = resolved.filter((token) => token.subject);
  const unknownNames = subjects.filter((token) => token.tokens.length === 0).length;
  const named = subjects.filter((token) => token.tokens.length > 0 && !token.tokens.every(index.isSetting));
  const holdsNone = named.length > 0 && !named.some((token) => token.tokens.some((known) => index.holds(known, factIndex)));
  return unknownNames + (holdsNone ? 1 : 0);
}

/**
 * Whether the fact lacks the action or property the question asks about ("who ORDERED the strike",
 * "how OLD is he"), after synonyms: such a fact may share the question's names yet answer another question.
 */
export function missesAskedWord(index: CandidateIndex, resolved: readonly ResolvedToken[], factIndex: number): boolean {
  const asked = resolved.find((token) => token.asked);
  return asked !== undefined && !asked.tokens.some((known) => index.holds(known, factIndex));
}
