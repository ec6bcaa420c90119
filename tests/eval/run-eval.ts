/**
 * `npm run eval [-- --set dev|holdout|all]`: scores the production matcher over knowledge/
 * against the eval sets and prints a report. It always exits 0 once the inputs load; the
 * floors are enforced by tests/eval/eval.test.ts, not here.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { EVAL_PATHS, loadEvalSets } from './eval-set';
import { loadEvalKnowledge } from './eval-matcher';
import { scoreEval, type EvalScore } from './score';

const SET_CHOICES = ['dev', 'holdout', 'all'] as const;
type SetChoice = (typeof SET_CHOICES)[number];

function chosenSet(argv: string[]): SetChoice {
  const { values } = parseArgs({ args: argv, options: { set: { type: 'string', default: 'all' } } });
  const set = values.set;
  if (!SET_CHOICES.includes(set as SetChoice)) {
    throw new Error(`--set must be one of ${SET_CHOICES.join(', ')}, not "${set}"`);
  }
  return set as SetChoice;
}

function percent(part: number, total: number): string {
  const value = total === 0 ? 0 : (100 * part) / total;
  return `${value.toFixed(1)}% (${part}/${total})`;
}

function formatScore(score: number | null): string {
  return score === null ? '-' : score.toFixed(3);
}

function report(name: string, result: EvalScore): string {
  const lines = [
    `== ${name} ==`,
    `accuracy:   ${percent(result.answeredRight, result.answerableTotal)}`,
    `abstention: ${percent(result.declined, result.offTopicTotal)}`,
  ];
  if (result.misses.length > 0) {
    lines.push(`misses (${result.misses.length}):`);
    for (const miss of result.misses) {
      lines.push(`  - "${miss.q}"  expected ${miss.expected}, got ${miss.got ?? '-'} [${miss.status}, score ${formatScore(miss.score)}]`);
    }
  }
  if (result.falseAnswers.length > 0) {
    lines.push(`off-topic not declined (${result.falseAnswers.length}):`);
    for (const wrong of result.falseAnswers) {
      lines.push(`  - "${wrong.q}"  got ${wrong.got ?? '-'} [${wrong.status}, score ${formatScore(wrong.score)}]`);
    }
  }
  return lines.join('\n');
}

function main(): void {
  const choice = chosenSet(process.argv.slice(2));
  const { facts, matcher } = loadEvalKnowledge(EVAL_PATHS.knowledge);
  const names = choice === 'all' ? (['dev', 'holdout'] as const) : ([choice] as const);
  const sections = names.map((name) => {
    const perFile = EVAL_PATHS[name].map((file) => {
      const result = scoreEval(matcher, loadEvalSets([file]));
      return `  ${basename(file)}: accuracy ${percent(result.answeredRight, result.answerableTotal)}, abstention ${percent(result.declined, result.offTopicTotal)}`;
    });
    return [report(name, scoreEval(matcher, loadEvalSets(EVAL_PATHS[name]))), 'by file:', ...perFile].join('\n');
  });
  process.stdout.write(`Eval over ${facts.length} facts from knowledge/\n\n${sections.join('\n\n')}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`eval could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
