/**
 * Every term's postings (the facts holding it), in one typed array for the whole index: a term is
 * a number, its postings a run of that array. A posting is one 32-bit number per fact: its short
 * id times 2^9 plus its per-field counts, by ascending short id. Beside the runs, per term: where
 * its run starts, how long it is, how much room it has, and how many facts hold it in each of the
 * four fields (BM25's document frequency per field).
 *
 * A plain array per term took about 90 bytes of its own and 8 a posting; here a term takes 28
 * bytes and a posting 4 (plus the room a growing run keeps). A run that outgrows its room moves to
 * the end of a second, overflow array (see move); the room it leaves is reclaimed when everything
 * is packed again.
 *
 * A new pool is being built: its postings are appended as they come, each beside its term, and
 * put into runs in one pass when the build is done (`compact`, or anything else that needs the
 * runs). Growing runs by moving them cost a build as much as reading its words did.
 */
export const FIELD_COUNT = 4;

/**
 * Bits of a posting's per-field counts (title, questions, keywords, answer): a fact's title and
 * answer terms are distinct, its keywords add at most an initialism, and it has at most 20
 * alternate questions (FACT_LIMITS), so no count is ever cut short.
 */
const COUNT_SHIFT = [0, 1, 6, 8] as const;
const COUNT_MAX = [1, 31, 3, 1] as const;
const COUNTS = 1 << 9;
/** The largest short id a posting can hold beside its counts in 32 bits. */
export const MAX_SHORT_ID = 2 ** 23 - 1;
/** Added to a term's `starts` entry when its run lives in the overflow array (see move). */
const IN_OVERFLOW = 2 ** 31;

/** A pool's arrays as they are, to be sent to another thread (their buffers can be transferred, not copied). */
export interface PostingPoolSnapshot {
  data: Uint32Array<ArrayBuffer>;
  end: number;
  abandoned: number;
  starts: Uint32Array<ArrayBuffer>;
  sizes: Uint32Array<ArrayBuffer>;
  rooms: Uint32Array<ArrayBuffer>;
  fieldCounts: FieldCounts;
  terms: number;
  free: Uint32Array<ArrayBuffer>;
}

export class PostingPool {
  /** The runs of postings, one per term, with room between them. */
  private data = new Uint32Array(0);
  /** Where unused room at the end of `data` begins. */
  private end = 0;
  /** Room inside `data` that moved runs left behind. */
  private abandoned = 0;
  /**
   * Where runs that outgrow their room move to once a build is done: a second array, so that an
   * edit never copies all of `data` to grow it (at 100,000 facts that was 40 MB per language, and
   * a third of a second, at the first edit after every build). It grows with what moved into it.
   */
  private overflow = new Uint32Array(0);
  private overflowEnd = 0;
  private overflowAbandoned = 0;
  private starts = new Uint32Array(64);
  private sizes = new Uint32Array(64);
  /**
   * How many postings each run has room for; none while every run is packed (its room its size,
   * as after a build), until an edit moves a run or drops a term: at 1,000 facts, 28 KB per
   * language that questions never need.
   */
  private rooms: Uint32Array<ArrayBuffer> | undefined;
  /** 16 bits a count until some count outgrows them (more than 65,535 facts holding a term in one field). */
  private fieldCounts: FieldCounts = new Uint16Array(64 * FIELD_COUNT);
  private terms = 0;
  /** Numbers of terms no fact holds any more, to be given to new terms. */
  private readonly free: number[] = [];
  /**
   * While a build is under way: its postings in the order they came, each a pair (term, posting).
   * Meanwhile a term's `starts` entry is where its latest pair is, so a fact's second field adds
   * to the posting of its first.
   */
  private appended: Uint32Array | undefined = new Uint32Array(1024);
  private appendedPairs = 0;

  /** The pool as it stands, its build finished; it must not be used after (its arrays may be transferred away). */
  snapshot(): PostingPoolSnapshot {
    this.finishBuild();
    if (this.overflowEnd > 0) this.pack();
    const { data, end, abandoned, starts, sizes, fieldCounts, terms } = this;
    return { data, end, abandoned, starts, sizes, rooms: this.rooms ?? sizes.slice(), fieldCounts, terms, free: Uint32Array.from(this.free) };
  }

  /** The pool a snapshot was taken of, its arrays taken over as they are. */
  static restore(snapshot: PostingPoolSnapshot): PostingPool {
    const pool = new PostingPool();
    pool.appended = undefined;
    pool.data = snapshot.data;
    pool.end = snapshot.end;
    pool.abandoned = snapshot.abandoned;
    pool.starts = snapshot.starts;
    pool.sizes = snapshot.sizes;
    pool.rooms = snapshot.rooms;
    pool.fieldCounts = snapshot.fieldCounts;
    pool.terms = snapshot.terms;
    for (const term of snapshot.free) pool.free.push(term);
    return pool;
  }

  /** A number for a new term, with no postings yet. */
  newTerm(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.terms === this.starts.length) this.growTerms();
    return this.terms++;
  }

  /** Gives back the number of a term no fact holds. */
  dropTerm(term: number): void {
    this.finishBuild();
    if (this.starts[term]! >= IN_OVERFLOW) this.overflowAbandoned += this.roomOf(term);
    else this.abandoned += this.roomOf(term);
    this.editableRooms()[term] = 0;
    this.starts[term] = 0;
    this.sizes[term] = 0;
    this.free.push(term);
  }

  size(term: number): number {
    return this.sizes[term]!;
  }

  /** How many facts hold the term in a field. */
  fieldCount(term: number, fieldId: number): number {
    return this.fieldCounts[term * FIELD_COUNT + fieldId]!;
  }

  /** The array the runs live in and where the term's run starts: for a loop over many postings (see shortIdOf, countOf). */
  run(term: number): { data: Uint32Array; start: number } {
    this.finishBuild();
    return { data: this.arrayOf(term), start: this.startOf(term) };
  }

  private arrayOf(term: number): Uint32Array {
    return this.starts[term]! >= IN_OVERFLOW ? this.overflow : this.data;
  }

  private startOf(term: number): number {
    return this.starts[term]! % IN_OVERFLOW;
  }

  /** Counts one more occurrence of the term in a field of a fact, the fact being the last added or a new one; true when the field did not hold it yet. */
  addOccurrence(term: number, shortId: number, fieldId: number): boolean {
    if (this.appended) return this.appendOccurrence(term, shortId, fieldId);
    let size = this.sizes[term]!;
    let array = this.arrayOf(term);
    let at = this.startOf(term) + size - 1;
    if (size === 0 || shortIdOf(array[at]!) !== shortId) {
      if (shortId > MAX_SHORT_ID) throw new RangeError(`short id ${shortId} does not fit in a posting`);
      if (size === this.roomOf(term)) {
        this.move(term, size * 2 + 2);
        array = this.arrayOf(term);
      }
      at = this.startOf(term) + size;
      array[at] = shortId * COUNTS;
      this.sizes[term] = size += 1;
    }
    const count = countOf(array[at]!, fieldId);
    if (count === 0) this.countFact(term, fieldId);
    if (count < COUNT_MAX[fieldId]!) array[at]! += 1 << COUNT_SHIFT[fieldId]!;
    return count === 0;
  }

  /** One more fact holds the term in a field. */
  private countFact(term: number, fieldId: number): void {
    const at = term * FIELD_COUNT + fieldId;
    if (this.fieldCounts[at] === 0xffff && this.fieldCounts instanceof Uint16Array) this.fieldCounts = Uint32Array.from(this.fieldCounts);
    this.fieldCounts[at]! += 1;
  }

  /** addOccurrence while a build is under way. */
  private appendOccurrence(term: number, shortId: number, fieldId: number): boolean {
    let appended = this.appended!;
    let at = this.starts[term]! * 2 + 1;
    if (this.sizes[term] === 0 || shortIdOf(appended[at]!) !== shortId) {
      if (shortId > MAX_SHORT_ID) throw new RangeError(`short id ${shortId} does not fit in a posting`);
      if (this.appendedPairs * 2 === appended.length) this.appended = appended = withLength(appended, appended.length * 2);
      this.starts[term] = this.appendedPairs;
      at = this.appendedPairs * 2 + 1;
      appended[at - 1] = term;
      appended[at] = shortId * COUNTS;
      this.appendedPairs += 1;
      this.sizes[term]! += 1;
    }
    const count = countOf(appended[at]!, fieldId);
    if (count === 0) this.countFact(term, fieldId);
    if (count < COUNT_MAX[fieldId]!) appended[at]! += 1 << COUNT_SHIFT[fieldId]!;
    return count === 0;
  }

  /**
   * Puts a build's postings into runs, end to end with no room to spare: each term's come in the
   * order they were added, which is by ascending short id.
   */
  private finishBuild(): void {
    const appended = this.appended;
    if (!appended) return;
    this.appended = undefined;
    let end = 0;
    for (let term = 0; term < this.terms; term += 1) {
      this.starts[term] = end;
      end += this.sizes[term]!;
    }
    this.rooms = undefined;
    const data = new Uint32Array(end);
    const next = this.starts.slice(0, this.terms);
    for (let pair = 0; pair < this.appendedPairs * 2; pair += 2) data[next[appended[pair]!]!++] = appended[pair + 1]!;
    this.appendedPairs = 0;
    this.data = data;
    this.end = end;
    this.abandoned = 0;
  }

  /** Removes a fact's posting from a term's run, if it has one. */
  removeFact(term: number, shortId: number): void {
    this.finishBuild();
    const array = this.arrayOf(term);
    const start = this.startOf(term);
    const size = this.sizes[term]!;
    let low = start;
    let high = start + size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (shortIdOf(array[middle]!) < shortId) low = middle + 1;
      else high = middle;
    }
    if (low >= start + size || shortIdOf(array[low]!) !== shortId) return;
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId += 1) if (countOf(array[low]!, fieldId) > 0) this.fieldCounts[term * FIELD_COUNT + fieldId]! -= 1;
    // The run keeps its room: the rooms are needed from now on.
    this.editableRooms();
    array.copyWithin(low, low + 1, start + size);
    this.sizes[term] = size - 1;
  }

  /** Rewrites every posting's short id (`renumber` must keep their order), for an index that closes the gaps in its short ids. */
  renumber(renumbered: (shortId: number) => number): void {
    this.finishBuild();
    for (let term = 0; term < this.terms; term += 1) {
      const array = this.arrayOf(term);
      const start = this.startOf(term);
      for (let at = start; at < start + this.sizes[term]!; at += 1) {
        const posting = array[at]!;
        array[at] = renumbered(shortIdOf(posting)) * COUNTS + (posting % COUNTS);
      }
    }
  }

  /** Packs the runs end to end with no room to spare, once a big build is done. */
  compact(): void {
    if (this.appended) {
      this.finishBuild();
      this.trimTerms();
    } else this.pack();
  }

  private roomOf(term: number): number {
    return this.rooms ? this.rooms[term]! : this.sizes[term]!;
  }

  /** The rooms, made when an edit first changes one (until then each run's room is its size). */
  private editableRooms(): Uint32Array<ArrayBuffer> {
    return (this.rooms ??= this.sizes.slice());
  }

  /** Moves a term's run to the end of the overflow array, with room for `room` postings. */
  private move(term: number, room: number): void {
    if (this.overflowEnd + room > this.overflow.length) {
      // Once moved runs have left as much room behind as the runs hold, everything is packed
      // again (the one step that grows with the index, and it comes only that seldom).
      if (this.abandoned + this.overflowAbandoned >= (this.end + this.overflowEnd) / 2) this.pack();
      if (this.overflowEnd + room > this.overflow.length) {
        this.overflow = withLength(this.overflow, Math.max(this.overflow.length * 2, this.overflowEnd + room, 1024), this.overflowEnd);
      }
    }
    const from = this.arrayOf(term);
    const start = this.startOf(term);
    const size = this.sizes[term]!;
    this.overflow.set(from.subarray(start, start + size), this.overflowEnd);
    if (from === this.overflow) this.overflowAbandoned += this.roomOf(term);
    else this.abandoned += this.roomOf(term);
    this.starts[term] = IN_OVERFLOW + this.overflowEnd;
    this.editableRooms()[term] = room;
    this.overflowEnd += room;
  }

  /** Copies the runs end to end into a fresh array, with no room to spare and nothing in overflow. */
  private pack(): void {
    let total = 0;
    for (let term = 0; term < this.terms; term += 1) total += this.sizes[term]!;
    const packed = new Uint32Array(total);
    let end = 0;
    for (let term = 0; term < this.terms; term += 1) {
      const array = this.arrayOf(term);
      const start = this.startOf(term);
      const size = this.sizes[term]!;
      packed.set(array.subarray(start, start + size), end);
      this.starts[term] = end;
      end += size;
    }
    this.rooms = undefined;
    this.data = packed;
    this.end = end;
    this.abandoned = 0;
    this.overflow = new Uint32Array(0);
    this.overflowEnd = 0;
    this.overflowAbandoned = 0;
    this.trimTerms();
  }

  /** Drops the per-term room left for more terms. */
  private trimTerms(): void {
    const terms = Math.max(this.terms, 64);
    this.starts = this.starts.slice(0, terms);
    this.sizes = this.sizes.slice(0, terms);
    this.rooms = this.rooms?.slice(0, terms);
    this.fieldCounts = this.fieldCounts.slice(0, terms * FIELD_COUNT);
  }

  private growTerms(): void {
    const terms = Math.ceil(this.starts.length * 1.5);
    this.starts = withLength(this.starts, terms);
    this.sizes = withLength(this.sizes, terms);
    if (this.rooms) this.rooms = withLength(this.rooms, terms);
    const counts = this.fieldCounts;
    this.fieldCounts = counts instanceof Uint16Array ? withLength16(counts, terms * FIELD_COUNT) : withLength(counts, terms * FIELD_COUNT);
  }
}

/** A longer copy of an array's first `used` numbers (all of them unless said), the rest zero. */
function withLength(array: Uint32Array, length: number, used = array.length): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(length);
  grown.set(array.subarray(0, used));
  return grown;
}

function withLength16(array: Uint16Array, length: number): Uint16Array<ArrayBuffer> {
  const grown = new Uint16Array(length);
  grown.set(array);
  return grown;
}

/** How many facts hold each term in each field (term * FIELD_COUNT + field). */
export type FieldCounts = Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer>;

export const shortIdOf = (posting: number): number => Math.floor(posting / COUNTS);
/** The same posting for a short id `by` higher (the facts of a build's later part, joined after its first). */
export const shiftedPosting = (posting: number, by: number): number => posting + by * COUNTS;
/** How often the fact of a posting holds the term in a field. */
export const countOf = (posting: number, fieldId: number): number => ((posting % COUNTS) >>> COUNT_SHIFT[fieldId]!) & COUNT_MAX[fieldId]!;
