import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/fact';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { FactIndex } from '../../src/matching/fact-index';
import { buildFactMatcher, createFactMatcher, scoreCandidates, type IndexedMatcher } from '../../src/matching/fact-matcher';
import { buildIndexes } from '../../src/matching/parallel-build';
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

/** What an index holds, as another thread would be sent it. */
const contentsOf = (index: FactIndex, facts: readonly Fact[]) => index.snapshot(facts);

describe('building the indexes with a worker thread', () => {
  it('builds indexes that answer exactly as ones built on the main thread, and hold the same', async () => {
    const inline = createFactMatcher(FACTS);
    const failures: string[] = [];
    const parallel = await buildFactMatcher(FACTS, { workerMinFacts: 0, onWorkerFailure: (reason) => failures.push(reason) });
    expect(failures).toEqual([]);
    expect(answers(parallel)).toEqual(answers(inline));
    for (const language of ['en', 'nl'] as const) expect(contentsOf(parallel.indexes[language], FACTS)).toEqual(contentsOf(createFactMatcher(FACTS).indexes[language], FACTS));
  });

  it('keeps taking edits one fact at a time after a parallel build, answering as the main-thread index does', async () => {
    const inline = createFactMatcher(FACTS);
    const parallel = await buildFactMatcher(FACTS, { workerMinFacts: 0 });
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
    const stops = () => new Worker('process.exit(3)', { eval: true });
    for (const startWorker of [cannotStart, stops]) {
      const failures: string[] = [];
      const built = await buildFactMatcher(FACTS, { workerMinFacts: 0, startWorker, onWorkerFailure: (reason) => failures.push(reason) });
      expect(failures).toHaveLength(1);
      expect(answers(built)).toEqual(answers(inline));
    }
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
