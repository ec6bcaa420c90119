import type { BurstResult } from './burst';

export interface Targets {
  /** Our answers/s divided by the stand-in's must reach this at every level. */
  minThroughputRatio: number;
  /** Our p99 divided by the stand-in's must stay within this at every level (when set). */
  maxP99Ratio?: number;
}

export interface LevelRow {
  concurrency: number;
  count: number;
  ours: BurstResult;
  standIn: BurstResult;
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const figures = (result: BurstResult) => [result.answersPerSecond.toFixed(0), ms(result.p50), ms(result.p95), ms(result.p99)];

/** Prints one platform's table with ratios and PASS/FAIL per level; true when every level passes. */
export function printPlatform({ title, rows, targets, runs, notes }: { title: string; rows: LevelRow[]; targets: Targets; runs: number; notes: string[] }): boolean {
  const header = ['conc.', 'questions', 'ours ans/s', 'p50 ms', 'p95 ms', 'p99 ms', 'stand-in ans/s', 'p50 ms', 'p95 ms', 'p99 ms', 'ans/s ratio', 'p99 ratio', 'verdict'];
  let allPass = true;
  const lines = rows.map((row) => {
    const throughputRatio = row.ours.answersPerSecond / row.standIn.answersPerSecond;
    const p99Ratio = row.ours.p99 / row.standIn.p99;
    const pass = throughputRatio >= targets.minThroughputRatio && (targets.maxP99Ratio === undefined || p99Ratio <= targets.maxP99Ratio);
    allPass &&= pass;
    return [String(row.concurrency), String(row.count), ...figures(row.ours), ...figures(row.standIn), `${throughputRatio.toFixed(2)}x`, `${p99Ratio.toFixed(2)}x`, pass ? 'PASS' : 'FAIL'];
  });
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padStart(widths[column]!)).join(' | ')} |`;
  const p99Target = targets.maxP99Ratio === undefined ? '' : `, p99 <= ${targets.maxP99Ratio}x the stand-in's`;
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`target at every level: answers/s >= ${targets.minThroughputRatio}x the stand-in's${p99Target}\n`);
  process.stdout.write(`each figure is the median of ${runs} runs per level (ours and the stand-in alternating), so one preempted run does not decide a row\n\n`);
  process.stdout.write(`${format(header)}\n|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|\n`);
  for (const line of lines) process.stdout.write(`${format(line)}\n`);
  process.stdout.write(`\n${notes.join('\n')}\n`);
  return allPass;
}
