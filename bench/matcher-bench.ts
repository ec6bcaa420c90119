/**
 * `npm run bench`: latency and index build time of the fact matcher next to plain Fuse.js
 * (default options, same fields, same queries) on the real fact base and on seeded synthetic
 * bases of 1,000 and 10,000 facts, plus a 6,000-character question.
 */
import Fuse from 'fuse.js';
import type { Fact } from '../src/facts/fact';
import { loadKnowledgeDir } from '../src/facts/knowledge-files';
import { createFactMatcher } from '../src/matching/fact-matcher';
import { createWordSampler, sampleQueries, syntheticFacts, wordsOfFacts } from './synthetic-facts';

const TARGETS = Object.freeze({ realP99Ms: 2, largeP99Ms: 10, longQuestionMs: 20 });
const PLAIN_FUSE_KEYS = ['title', 'questions', 'keywords', 'answer'];
const SEED = 20230731;

interface Timing {
  buildMs: number;
  p50: number;
  p99: number;
  /** p99 over each query's fastest time in the runs (see timeQueries); not judged. */
  p99FastestCall?: number;
}

function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

function timeOnce(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * Builds `builds` times after one warm-up build; reports the fastest and keeps the last one. The
 * minimum, because on a busy machine a slower run measures the other processes, not the code.
 */
function timeBuild<T>(make: () => T, builds: number): { built: T; buildMs: number } {
  let built = make();
  const times: number[] = [];
  for (let run = 0; run < builds; run += 1) times.push(timeOnce(() => (built = make())));
  return { built, buildMs: Math.min(...times) };
}

/**
 * Warms up once over the queries, then runs over them `rounds` times. p50 and p99 are each run's
 * over its queries, the fastest run's kept (what the targets judge). `p99FastestCall` is the p99
 * over each query's fastest time in those runs: the work a question costs without the preempted
 * timeslices and collector pauses a shared machine scatters over every run.
 */
function timeQueries<T>(built: T, ask: (built: T, query: string) => unknown, queries: readonly string[], rounds: number): { p50: number; p99: number; p99FastestCall: number } {
  for (const query of queries) ask(built, query);
  const fastest = queries.map(() => Infinity);
  let best = { p50: Infinity, p99: Infinity };
  for (let round = 0; round < rounds; round += 1) {
    const samples = queries.map((query, at) => {
      const took = timeOnce(() => ask(built, query));
      fastest[at] = Math.min(fastest[at]!, took);
      return took;
    });
    best = { p50: Math.min(best.p50, percentile(samples, 0.5)), p99: Math.min(best.p99, percentile(samples, 0.99)) };
  }
  return { ...best, p99FastestCall: percentile(fastest, 0.99) };
}

const askOurs = (matcher: ReturnType<typeof createFactMatcher>, query: string) => matcher.match(query);
const askOursInDutch = (matcher: ReturnType<typeof createFactMatcher>, query: string) => matcher.match(query, 'nl');

/** Dutch questions for the real base: the facts' own Dutch questions, cut short or with a word dropped. */
function dutchQueries(facts: readonly Fact[]): string[] {
  const questions = facts.flatMap((fact) => fact.nl?.questions ?? []);
  return questions.map((question, at) => (at % 2 === 0 ? question : question.split(' ').filter((_, word) => word !== 1).join(' ')));
}
const askPlain = (fuse: Fuse<Fact>, query: string) => fuse.search(query);

interface Row {
  base: string;
  facts: number;
  /** Queries timed for the matcher, and the first so many of the same for plain Fuse.js (it is slow). */
  queries: string;
  /** Runs of the matcher's queries (and builds) the figures are the minimum of. */
  runs: string;
  ours: Timing;
  plain: Timing | undefined;
  targetMs: number;
}

const ms = (value: number | undefined) => (value === undefined ? 'skipped' : Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(3) : value.toFixed(1));

function printTable(rows: readonly Row[]): void {
  const header = ['base', 'facts', 'queries (ours/fuse)', 'runs (query/build)', 'build ms', 'p50 ms', 'p99 ms', 'p99 fastest calls', 'fuse build', 'fuse p50', 'fuse p99', 'target p99', 'result'];
  const lines = rows.map((row) => [
    row.base, String(row.facts), row.queries, row.runs, ms(row.ours.buildMs), ms(row.ours.p50), ms(row.ours.p99), ms(row.ours.p99FastestCall),
    ms(row.plain?.buildMs), ms(row.plain?.p50), ms(row.plain?.p99), `<= ${row.targetMs} ms`,
    row.ours.p99 <= row.targetMs ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  process.stdout.write(`${format(header)}\n${format(widths.map((width) => '-'.repeat(width)))}\n`);
  for (const line of lines) process.stdout.write(`${format(line)}\n`);
}

/** Progress goes to stderr so the table on stdout stays clean. */
function progress(message: string): void {
  process.stderr.write(`... ${message}\n`);
}

function longQuestion(words: readonly string[]): string {
  let text = '';
  for (let position = 0; text.length < 6000; position += 7) text += `${words[position % words.length]} `;
  return text.slice(0, 6000);
}

/** Input that must never crash or stall the matcher: blank, emoji, control characters, noise, huge strings. */
function awkwardInputs(): string[] {
  const random = createWordSampler([], SEED, 1).random;
  const noise = Array.from({ length: 6000 }, () => String.fromCharCode(Math.floor(random() * 65536))).join('');
  return ['', '   \n\t', '🤔🇳🇱💥', '\u0000\u0001\u0007\u001b[31m', noise, 'x'.repeat(100_000), 'troops iraq '.repeat(9000), '\ud800 troops \udfff'];
}

function main(): void {
  const realFacts = loadKnowledgeDir('knowledge').map(({ fact }) => fact);
  const realWords = wordsOfFacts(realFacts);
  const sampler = createWordSampler(realWords, SEED);
  const issueExamples = ['how many troops r the dutch sending', 'troop count', 'wen does the misison start', 'weather in Amsterdam tomorrow', 'tell me a joke', 'asdfghjkl', 'hello'];
  const realQueries = [...issueExamples, ...sampleQueries(realFacts, sampler, 293)];
  const bases: Array<{ base: string; facts: Fact[]; queries: string[]; plainQueries: number; targetMs: number; builds: number; rounds: number }> = [
    { base: 'real (knowledge/)', facts: realFacts, queries: realQueries, plainQueries: 100, targetMs: TARGETS.realP99Ms, builds: 20, rounds: 5 },
  ];
  for (const [size, plainQueries] of [[1000, 20], [10_000, 4]] as const) {
    const facts = syntheticFacts(size, sampler);
    bases.push({ base: `synthetic ${size}`, facts, queries: sampleQueries(facts, sampler, 300), plainQueries, targetMs: TARGETS.largeP99Ms, builds: size > 1000 ? 2 : 5, rounds: 3 });
  }

  const rows: Row[] = [];
  const longRows: Row[] = [];
  const awkwardRows: Row[] = [];
  const awkward = awkwardInputs();
  const question = longQuestion(realWords);
  for (const entry of bases) {
    progress(`${entry.base}: matcher`);
    const ours = timeBuild(() => createFactMatcher(entry.facts), entry.builds);
    progress(`${entry.base}: plain Fuse.js`);
    const plain = timeBuild(() => new Fuse(entry.facts, { keys: PLAIN_FUSE_KEYS }), entry.builds);
    rows.push({
      base: entry.base, facts: entry.facts.length, queries: `${entry.queries.length}/${entry.plainQueries}`, runs: `${entry.rounds}/${entry.builds}`, targetMs: entry.targetMs,
      ours: { buildMs: ours.buildMs, ...timeQueries(ours.built, askOurs, entry.queries, entry.rounds) },
      plain: { buildMs: plain.buildMs, ...timeQueries(plain.built, askPlain, entry.queries.slice(0, entry.plainQueries), 1) },
    });
    if (entry === bases[0]) {
      // Both languages are indexed in every matcher built above; Dutch questions read the Dutch index.
      const queries = dutchQueries(entry.facts);
      rows.push({
        base: `${entry.base}, Dutch`, facts: entry.facts.length, queries: `${queries.length}/-`, runs: `${entry.rounds}/-`, targetMs: entry.targetMs,
        ours: { buildMs: Number.NaN, ...timeQueries(ours.built, askOursInDutch, queries, entry.rounds) }, plain: undefined,
      });
    }
    progress(`${entry.base}: long question and awkward inputs`);
    // Plain Fuse.js cuts a long pattern into 32-letter pieces and searches each: about 6 s on the
    // real base already, minutes on the synthetic ones, so it is timed on the real base only.
    const plainLong = entry === bases[0] ? { buildMs: Number.NaN, ...timeQueries(plain.built, askPlain, [question], 1) } : undefined;
    longRows.push({
      base: `${entry.base}, 6,000-char question`, facts: entry.facts.length, queries: plainLong ? '1/1' : '1/-', runs: '20/-', targetMs: TARGETS.longQuestionMs,
      ours: { buildMs: Number.NaN, ...timeQueries(ours.built, askOurs, [question], 20) }, plain: plainLong,
    });
    awkwardRows.push({
      base: `${entry.base}, ${awkward.length} awkward inputs`, facts: entry.facts.length, queries: `${awkward.length}/-`, runs: '20/-', targetMs: TARGETS.longQuestionMs,
      ours: { buildMs: Number.NaN, ...timeQueries(ours.built, askOurs, awkward, 20) }, plain: undefined,
    });
  }

  process.stdout.write(`Fact matcher vs plain Fuse.js (default options, keys ${PLAIN_FUSE_KEYS.join(', ')}); seed ${SEED}; times in ms\n`);
  process.stdout.write('Build times are the fastest of the runs shown; p50/p99 are each run\'s over its queries, the fastest run\'s (plain Fuse.js 1 run), so one preempted run does not decide a row; "p99 fastest calls" is the p99 of each query\'s fastest time (no preemption or collector pauses), shown beside it, not judged\n\n');
  printTable([...rows, ...longRows, ...awkwardRows]);
  const memory = process.memoryUsage();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\npeak RSS ${peakRssMb.toFixed(0)} MB; heap used ${(memory.heapUsed / 1048576).toFixed(0)} MB (all bases and both matchers loaded)\n`);
  const failed = [...rows, ...longRows, ...awkwardRows].filter((row) => row.ours.p99 > row.targetMs);
  process.stdout.write(failed.length === 0 ? 'all targets met\n' : `${failed.length} target(s) missed\n`);
  if (failed.length > 0) process.exitCode = 1;
}

main();
