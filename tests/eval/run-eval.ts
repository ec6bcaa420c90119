/**
 * `npm run eval [-- --misses all|none]`: scores the production matcher over knowledge/ on every
 * eval set and prints accuracy, precision and must-decline declined (near misses and unrelated
 * apart). Misses are listed for tuning sets only, never for the final held-out set. It always
 * exits 0 once the inputs load; the floors are enforced by tests/eval/eval.test.ts.
 */
import { parseArgs } from 'node:util';
import { loadAllEvalSets, mergeEvalSets, type EvalSet } from './eval-set';
import { loadEvalKnowledge } from './eval-matcher';
import { scoreEval, type EvalScore } from './score';
import { KNOWLEDGE_DIR } from './eval-set';

function percent({ part, total, rate }: { part: number; total: number; rate: number }): string {
  return (total === 0 ? '-' : `${(100 * rate).toFixed(1)}% (${part}/${total})`).padEnd(16);
}

function summary(name: string, result: EvalScore): string {
  return [
    name.padEnd(28),
    `accuracy ${percent(result.accuracy)}`,
    `precision ${percent(result.precision)}`,
    `near misses declined ${percent(result.declined.near_miss)}`,
    `unrelated declined ${percent(result.declined.unrelated)}`,
  ].join('  ');
}

function missLines(set: EvalSet, result: EvalScore): string[] {
  const score = (value: number | null) => (value === null ? '-' : value.toFixed(3));
  return [
    `-- ${set.name}: misses (${result.misses.length}) --`,
    ...result.misses.map((miss) => `  "${miss.q}"  expected ${miss.expected}, got ${miss.got ?? '-'} [${miss.status}, ${score(miss.score)}]`),
    `-- ${set.name}: must-decline not declined (${result.falseAnswers.length}) --`,
    ...result.falseAnswers.map((wrong) => `  "${wrong.q}" (${wrong.kind})  got ${wrong.got ?? '-'} [${wrong.status}, ${score(wrong.score)}]`),
  ];
}

function main(): void {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { misses: { type: 'string', default: 'all' } } });
  if (values.misses !== 'all' && values.misses !== 'none') throw new Error(`--misses must be "all" or "none", not "${values.misses}"`);
  const { facts, matcher } = loadEvalKnowledge(KNOWLEDGE_DIR);
  const sets = loadAllEvalSets();
  const lines = [`Eval over ${facts.length} facts from knowledge/`, ''];
  const scored = sets.map((set) => ({ set, result: scoreEval(matcher, set) }));
  for (const { set, result } of scored) lines.push(summary(`${set.name} (${set.role})`, result));
  const tuning = sets.filter((set) => set.role === 'tuning');
  lines.push(summary('all tuning sets', scoreEval(matcher, mergeEvalSets('tuning', tuning))));
  if (values.misses === 'all') {
    for (const { set, result } of scored) if (set.role === 'tuning') lines.push('', ...missLines(set, result));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`eval could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
