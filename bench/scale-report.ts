/** The tables `npm run bench:scale` prints: figures with targets and PASS/FAIL, and how each grows. */

export interface Measured {
  /** A process's first build, in a fresh process (see bench/scale-cold-start.ts). */
  startupMs: number;
  /** CPU time of that build (every thread), which other processes on a busy machine inflate less. */
  startupCpuMs: number;
  /** The fastest build repeated in one process: warm code, the kept worker thread (not judged). */
  startupRebuiltMs: number;
  heapPerFactKb: number;
  /** The heap once the timed questions were asked: with the bounded caches questions fill (not judged). */
  heapAfterQuestionsKb: number;
  queryP50: number;
  queryP99: number;
  /** p99 over each question's fastest time in the runs: its work without preemption or collector pauses (not judged). */
  queryP99FastestCalls: number;
  suggestP99: number;
  editVisibleMs: number;
  editBlockMs: number;
}

export interface Figure extends Measured {
  implementation: string;
  facts: number;
}

type Key = keyof Measured;

const LABELS: Record<Key, string> = {
  startupMs: 'start-up build ms',
  startupCpuMs: 'start-up CPU ms',
  startupRebuiltMs: 'start-up build ms, rebuilt',
  heapPerFactKb: 'heap KB per fact',
  heapAfterQuestionsKb: 'heap KB per fact, after questions',
  queryP50: 'question p50 ms',
  queryP99: 'question p99 ms',
  queryP99FastestCalls: 'question p99, fastest calls',
  suggestP99: 'autocomplete p99 ms',
  editVisibleMs: 'edit -> answer ms',
  editBlockMs: 'edit: longest block ms',
};

/** Targets from issue 15 (and the matcher issue for question p99); a size without one is not judged. */
const TARGETS: Partial<Record<Key, Record<number, number>>> = {
  startupMs: { 10_000: 1500 },
  heapPerFactKb: { 1000: 2, 10_000: 2, 100_000: 2 },
  queryP99: { 1000: 10, 10_000: 10, 100_000: 10 },
  editVisibleMs: { 1000: 50, 10_000: 50, 100_000: 200 },
  editBlockMs: { 1000: 20, 10_000: 20, 100_000: 50 },
};

const INCREMENTAL = 'incremental';

const show = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '-' : value < 10 ? value.toFixed(2) : value.toFixed(0));

function format(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(rows[0]!), line(widths.map((width) => '-'.repeat(width))), ...rows.slice(1).map(line)].join('\n') + '\n';
}

/** cost ∝ facts^k between two sizes. */
function exponent(from: Figure | undefined, to: Figure | undefined, key: Key): number | undefined {
  if (!from || !to) return undefined;
  return Math.log(to[key] / from[key]) / Math.log(to.facts / from.facts);
}

/** Prints both tables; returns how many targets the incremental implementation missed. */
export function printTable(figures: readonly Figure[], sizes: readonly number[]): number {
  const implementations = [...new Set(figures.map((figure) => figure.implementation))];
  const find = (implementation: string, facts: number) => figures.find((figure) => figure.implementation === implementation && figure.facts === facts);
  let failed = 0;
  const rows = [['figure', 'facts', ...implementations, 'target', 'result']];
  for (const key of Object.keys(LABELS) as Key[]) {
    for (const facts of sizes) {
      const target = TARGETS[key]?.[facts];
      const ours = find(INCREMENTAL, facts)?.[key];
      const passed = target === undefined || ours === undefined ? undefined : ours <= target;
      if (passed === false) failed += 1;
      rows.push([LABELS[key], facts.toLocaleString('en'), ...implementations.map((name) => show(find(name, facts)?.[key])), target === undefined ? '-' : `<= ${target}`, passed === undefined ? '' : passed ? 'PASS' : 'FAIL']);
    }
  }
  process.stdout.write(format(rows));
  if (sizes.length >= 2) {
    const spans = sizes.slice(1).map((to, at) => [sizes[at]!, to] as const);
    const growth = [['growth exponent k (cost ∝ facts^k)', ...spans.map(([from, to]) => `${from / 1000}k -> ${to / 1000}k`)]];
    for (const key of Object.keys(LABELS) as Key[]) {
      for (const name of implementations) {
        growth.push([`${LABELS[key]}, ${name}`, ...spans.map(([from, to]) => show(exponent(find(name, from), find(name, to), key)))]);
      }
    }
    process.stdout.write(`\n${format(growth)}`);
  }
  return failed;
}
