import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/fact';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { FactIndex } from '../../src/matching/fact-index';
import { buildFactMatcher, createFactMatcher, scoreCandidates, type IndexedMatcher } from '../../src/matching/fact-matcher';
import type { ToWorker } from '../../src/matching/index-worker-protocol';
import { buildIndexes } from '../../src/matching/parallel-build';
import { SharedQuota } from '../../src/matching/shared-quota';
import { KNOWLEDGE_DIR } from '../knowledge/article-sentences';
import { SAMPLE_FACTS } from './sample-facts';

const knowledge = loadKnowledgeDir(KNOWLEDGE_DIR).map(({ fact }) => fact);
const knowledgeIds = new Set(knowledge.map(({ id }) => id));
/** The real facts (Dutch text included) and the sample ones, each id once: big enough that both parts hold many terms. */
const FACTS: readonly Fact[] = [...knowledge, ...SAMPLE_FACTS.filter(({ id }) => !knowledgeIds.has(id))];

const QUESTIONS: Array<[string, 'en' | 'nl']> = [
  ['how many troops r the dutch sending', 'en'],
  ['Who kidnapped Tsurkov?', 'en'],
  ['what did the kataib hezbollah comander threaten', 'en'],
  ['why did the dutch leave erbil', 'en'],
  ['how old is Sudani?', 'en'],
  ['what is the capital of Australia?', 'en'],
  ['parlament vote on the mission', 'en'],
  ['wie heeft tsurkov ontvoerd', 'nl'],
  ['wrm gingen de nederlandse militairen weg uit erbil', 'nl'],
  ['hoeveel soldaten stuurt nederland', 'nl'],
];

/** Everything a question turns up: candidates with their features and ranks, the decision, autocomplete, spelling. */
function answers(matcher: IndexedMatcher) {
  return QUESTIONS.map(([question, language]) => ({
    scored: scoreCandidates(matcher.indexes[language], question).map(({ fact, features, rank, unsaid }) => ({ id: fact.id, features, rank, unsaid })),
    match: matcher.match(question, language),
    suggest: matcher.suggest(question.slice(0, 8), 10, language),
    corrected: question.split(' ').map((word) => matcher.indexes[language].spelling.correct(word)),
  }));
}

/**
 * A stand-in worker that begins a share of its facts at once (as the shared quota counts them, so
 * the main thread waits for those) and then stops without sending anything.
 */
class StoppingWorker extends EventEmitter {
  constructor(private readonly share: number) {
    super();
  }

  postMessage(message: ToWorker): void {
    if (!('start' in message)) return;
    const quota = new SharedQuota(message.start.quota);
    for (let begun = 0; begun < Math.round(quota.limit * this.share); begun += 1) quota.begin();
    setImmediate(() => this.emit('exit', 3));
  }

  terminate = async () => 3;
  ref(): void {}
  unref(): void {}
}

const stopsAfterBeginning = (share: number) => () => new StoppingWorker(share) as unknown as Worker;

/** A stand-in worker that begins all its facts and then never answers nor stops: a hung thread. */
class HangingWorker extends EventEmitter {
  terminated = false;

  postMessage(message: ToWorker): void {
    if (!('start' in message)) return;
    const quota = new SharedQuota(message.start.quota);
    while (quota.begin());
  }

  terminate = async () => {
    this.terminated = true;
    return 1;
  };
  ref(): void {}
  unref(): void {}
}

/** What an index holds, as another thread would be sent it. */
const contentsOf = (index: FactIndex, facts: readonly Fact[]) => index.snapshot(facts);

describe('building the indexes with a worker thread', () => {
  it('builds indexes that answer exactly as ones built on the main thread, and hold the same', async () => {
    const inline = createFactMatcher(FACTS);
    const failures: string[] = [];
    const parallel = await buildFactMatcher(FACTS, { workerMinFacts: 0, workerKeepsItsPart: true, onWorkerFailure: (reason) => failures.push(reason) });
    expect(failures).toEqual([]);
    expect(answers(parallel)).toEqual(answers(inline));
    for (const language of ['en', 'nl'] as const) expect(contentsOf(parallel.indexes[language], FACTS)).toEqual(contentsOf(createFactMatcher(FACTS).indexes[language], FACTS));
  });

  it('keeps taking edits one fact at a time after a parallel build, answering as the main-thread index does', async () => {
    const inline = createFactMatcher(FACTS);
    const parallel = await buildFactMatcher(FACTS, { workerMinFacts: 0, workerKeepsItsPart: true });
    const edited = { ...FACTS[3]!, answer: `${FACTS[3]!.answer} A zeppelinmarker was seen.` };
    for (const matcher of [inline, parallel]) {
      matcher.put(edited);
      matcher.remove(FACTS[7]!.id);
    }
    expect(parallel.match('what about zeppelinmarker').candidates[0]?.fact.id).toBe(edited.id);
    expect(answers(parallel)).toEqual(answers(inline));
  });

  it('builds the worker part on the main thread when the worker cannot start or stops, with the same result', async () => {
    const inline = createFactMatcher(FACTS);
    const cannotStart = () => {
      throw new Error('no worker threads here');
    };
    for (const startWorker of [cannotStart, stopsAfterBeginning(1), stopsAfterBeginning(0.5)]) {
      const failures: string[] = [];
      const built = await buildFactMatcher(FACTS, { workerMinFacts: 0, startWorker, onWorkerFailure: (reason) => failures.push(reason) });
      expect(failures).toHaveLength(1);
      expect(answers(built)).toEqual(answers(inline));
    }
  });

  it('ends a worker that hangs after beginning its part, and builds that part on the main thread', async () => {
    const hanging = new HangingWorker();
    const failures: string[] = [];
    const built = await buildFactMatcher(FACTS, { workerMinFacts: 0, workerGraceMinMs: 50, startWorker: () => hanging as unknown as Worker, onWorkerFailure: (reason) => failures.push(reason) });
    expect(hanging.terminated).toBe(true);
    expect(failures).toEqual([expect.stringMatching(/no indexes .* ms after the main thread's part/)]);
    expect(answers(built)).toEqual(answers(createFactMatcher(FACTS)));
  });

  it('lets the main thread take over the facts the worker has not begun, and only those', () => {
    const quota = SharedQuota.create(10);
    expect([quota.begin(), quota.begin(), quota.begin()]).toEqual([true, true, true]);
    expect(quota.lower(1)).toBe(3);
    expect(quota.begin()).toBe(false);
    const other = SharedQuota.create(10);
    other.begin();
    expect(other.lower(4)).toBe(4);
    expect([other.begin(), other.begin(), other.begin(), other.begin()]).toEqual([true, true, true, false]);
    expect(other.begun).toBe(4);
  });

  it('builds a small base on the main thread alone', async () => {
    const failures: string[] = [];
    const startWorker = () => {
      throw new Error('not expected');
    };
    const { en } = await buildIndexes(FACTS, ['en'], { workerMinFacts: FACTS.length + 1, startWorker, onWorkerFailure: (reason) => failures.push(reason) });
    expect(en.size).toBe(FACTS.length);
    expect(failures).toEqual([]);
  });
});
