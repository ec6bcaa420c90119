import type { Fact } from '../../src/facts/fact';
import { createFactMatcher } from '../../src/matching/fact-matcher';

const WARM_UP_ROUNDS = 20;
const TIMED_ROUNDS = 50;

/**
 * CPU milliseconds the fact matcher alone spends per question, on the bench's own questions:
 * the part of our bots' cost per answer that no adapter change can remove.
 */
export function matcherCpuPerQuestion(facts: readonly Fact[], questions: readonly string[]): number {
  const matcher = createFactMatcher(facts);
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const question of questions) matcher.match(question);
  const before = process.cpuUsage();
  for (let round = 0; round < TIMED_ROUNDS; round += 1) for (const question of questions) matcher.match(question);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (TIMED_ROUNDS * questions.length);
}
