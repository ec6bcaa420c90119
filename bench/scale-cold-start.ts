/**
 * One cold start-up for `npm run bench:scale`, run as a fresh child process so that the figure is
 * what a process's first build costs (code not yet optimised, the index worker thread new), not a
 * rebuild in a process that built before. As the bot does (createBotCore), the incremental matcher
 * starts its index worker thread first, then does what comes before its build (here making the
 * synthetic facts, in the bot opening the store, merging knowledge/ and listing the facts); the
 * build is timed from the listing to the ready matcher. Prints one line of JSON.
 *
 *   node --import tsx bench/scale-cold-start.ts <incremental|baseline> <facts> <seed>
 */
import { prepareMatcherBuild } from '../src/matching/fact-matcher';

const processStart = performance.now() - process.uptime() * 1000;
const [implementation, size, seed] = process.argv.slice(2);
const incremental = implementation === 'incremental';
const workerStart = performance.now();
if (incremental) prepareMatcherBuild();

const { loadKnowledgeDir } = await import('../src/facts/knowledge-files');
const { LiveFactIndex } = await import('../src/matching/live-index');
const { createFactMatcher: createBaselineMatcher } = await import('./baseline/fact-matcher');
const { LiveFactIndex: BaselineLiveIndex } = await import('./baseline/live-index');
const { MemoryStore } = await import('./memory-store');
const { createWordSampler, syntheticFacts, wordsOfFacts } = await import('./synthetic-facts');

const realWords = wordsOfFacts(loadKnowledgeDir('knowledge').map(({ fact }) => fact));
const store = new MemoryStore(syntheticFacts(Number(size), createWordSampler(realWords, Number(seed))));
const buildStart = performance.now();
const cpuStart = process.cpuUsage();
const live = incremental ? await LiveFactIndex.create(store.asFactStore()) : await BaselineLiveIndex.create(store.asFactStore(), createBaselineMatcher);
const startupMs = performance.now() - buildStart;
const cpu = process.cpuUsage(cpuStart);
live.close();
process.stdout.write(`${JSON.stringify({
  startupMs,
  // Both threads: process.cpuUsage counts every thread of the process.
  startupCpuMs: (cpu.user + cpu.system) / 1000,
  workerHeadStartMs: incremental ? buildStart - workerStart : 0,
  sinceProcessStartMs: performance.now() - processStart,
})}\n`);
process.exit(0);
