import type { Fact } from '../facts/fact';
import type { Language } from '../core/languages';
import type { FactIndexSnapshot } from './fact-index';

/**
 * What the main thread and the index worker (index-worker.ts) say to each other: the facts go
 * over in chunks, as the text an index reads of them; the built indexes come back as snapshots.
 */

/** What an index reads of a fact (see indexTextOf; its unsaid questions for their spellings): the rest of it stays on the main thread. */
export type FactText = Pick<Fact, 'id' | 'title' | 'questions' | 'keywords' | 'answer' | 'nl' | 'unsaid'>;

/**
 * One build: its languages and the memory holding how many facts it may build (see
 * SharedQuota), then chunks of facts as JSON of their texts (one string crosses threads far
 * faster than many), then the end of them. A worker builds again and again.
 */
export type ToWorker = { start: { languages: readonly Language[]; quota: SharedArrayBuffer } } | { facts: string } | { done: true } | WarmUp;

/** To a worker started before its first build: index made-up facts meanwhile (see index-worker.ts). */
export type WarmUp = { warmUp: { languages: readonly Language[] } };

/** The indexes of the facts the worker built (the first ones it was sent, as many as the quota let it), one per language in the order started with. */
export type FromWorker = { snapshots: FactIndexSnapshot[] } | { error: string };

export function encodeFactTexts(facts: readonly Fact[]): string {
  // Absent fields are left out (JSON drops undefined): most facts of a big base have neither.
  return JSON.stringify(facts.map(({ id, title, questions, keywords, answer, nl, unsaid }): FactText => ({ id, title, questions, keywords, answer, nl, unsaid })));
}

export const decodeFactTexts = (encoded: string): FactText[] => JSON.parse(encoded) as FactText[];

/** Every buffer a snapshot's typed arrays use, to hand them over rather than copy them. */
export function buffersOf(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value !== null && typeof value === 'object') for (const inner of Object.values(value)) buffersOf(inner, found);
  return [...found];
}
