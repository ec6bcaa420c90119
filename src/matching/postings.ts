/**
 * The facts holding one term, packed for memory: a header of the facts holding it in each of the
 * four fields (BM25's document frequency per field) and how many postings follow, then one
 * number per fact: its short id times 2^9 plus its per-field counts, by ascending short id.
 *
 * A rare term keeps a plain array (8 bytes a posting, no other object); a common one, once a
 * build is done, a Uint32Array (4 bytes a posting, but about half a kilobyte of its own, which
 * only pays off for long lists). Both grow and shrink in place.
 */
export type Postings = number[] | Uint32Array;

export const FIELD_COUNT = 4;
const SIZE = FIELD_COUNT;
const FIRST = FIELD_COUNT + 1;

/**
 * Bits of a posting's per-field counts (title, questions, keywords, answer): a fact's title and
 * answer terms are distinct, its keywords add at most an initialism, and it has at most 20
 * alternate questions (FACT_LIMITS), so no count is ever cut short.
 */
const COUNT_SHIFT = [0, 1, 6, 8] as const;
const COUNT_MAX = [1, 31, 3, 1] as const;
const COUNTS = 1 << 9;
/** Lists at least this long become typed arrays, when every short id fits in 32 bits with the counts. */
const TYPED_FROM = 32;
const TYPED_MAX_SHORT_ID = 2 ** 23 - 1;

export const newPostings = (): Postings => [0, 0, 0, 0, 0];
export const sizeOf = (postings: Postings): number => postings[SIZE]!;
export const shortIdAt = (postings: Postings, at: number): number => Math.floor(postings[FIRST + at]! / COUNTS);
/** How often the fact at `at` holds the term in a field. */
export const countAt = (postings: Postings, at: number, fieldId: number): number => ((postings[FIRST + at]! % COUNTS) >>> COUNT_SHIFT[fieldId]!) & COUNT_MAX[fieldId]!;

/** Counts one more occurrence of the term in a field of a fact, the fact being the last added or a new one; returns the postings (a typed array may have moved). */
export function addOccurrence(postings: Postings, shortId: number, fieldId: number): Postings {
  if (!Array.isArray(postings) && shortId > TYPED_MAX_SHORT_ID) postings = Array.from(postings.subarray(0, FIRST + sizeOf(postings)));
  let at = sizeOf(postings) - 1;
  if (at < 0 || shortIdAt(postings, at) !== shortId) {
    postings = withRoom(postings);
    at = sizeOf(postings);
    postings[FIRST + at] = shortId * COUNTS;
    postings[SIZE] = at + 1;
  }
  const count = countAt(postings, at, fieldId);
  if (count === 0) postings[fieldId]! += 1;
  if (count < COUNT_MAX[fieldId]!) postings[FIRST + at]! += 1 << COUNT_SHIFT[fieldId]!;
  return postings;
}

/** Removes a fact's posting, if it has one. */
export function removeFact(postings: Postings, shortId: number): void {
  let low = 0;
  let high = sizeOf(postings);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (shortIdAt(postings, middle) < shortId) low = middle + 1;
    else high = middle;
  }
  const size = sizeOf(postings);
  if (low >= size || shortIdAt(postings, low) !== shortId) return;
  for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId += 1) if (countAt(postings, low, fieldId) > 0) postings[fieldId]! -= 1;
  if (Array.isArray(postings)) postings.splice(FIRST + low, 1);
  else postings.copyWithin(FIRST + low, FIRST + low + 1, FIRST + size);
  postings[SIZE] = size - 1;
}

function withRoom(postings: Postings): Postings {
  if (Array.isArray(postings) || FIRST + sizeOf(postings) < postings.length) return postings;
  const grown = new Uint32Array(Math.ceil(postings.length * 1.25) + 8);
  grown.set(postings);
  return grown;
}

/** The postings in their smallest form: spare room dropped, long lists typed. */
export function compacted(postings: Postings): Postings {
  const size = sizeOf(postings);
  const fits = size > 0 && shortIdAt(postings, size - 1) <= TYPED_MAX_SHORT_ID;
  if (size >= TYPED_FROM && fits) return Uint32Array.from(postings.slice(0, FIRST + size));
  return Array.from(postings.slice(0, FIRST + size));
}
