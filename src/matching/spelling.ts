import { packStrings, unpackStrings, type PackedStrings } from './packed-strings';

/** The vocabulary as it stands, to be sent to another thread. */
export interface SpellingSnapshot {
  words: PackedStrings;
  counts: Uint32Array<ArrayBuffer>;
  firstCame: Uint32Array<ArrayBuffer>;
  arrivals: number;
  sorts: number;
}

/** Words shorter than this are too easily another word with one letter changed ("old" and "odd"). */
const MIN_LENGTH = 4;

function allowedDistance(word: string): number {
  if (word.length < MIN_LENGTH) return 0;
  // A swap of two letters ("misison") is two edits.
  return word.length >= 7 ? 2 : 1;
}

/**
 * The words the facts are written in, as typed (lower case, no accents), to correct a
 * question's misspellings against ("parlament", "ocupy"). Counts let a fact's words be removed
 * again when it changes, without rebuilding anything.
 *
 * The words are one sorted array with their counts beside it: the words sharing a prefix are a
 * run of it, so the fuzzy look-up walks it as the letter tree it implies. A radix tree (a Map per
 * node) took about 250 bytes a word, half the heap of a small base. A build counts its words in
 * a Map and sorts them once when done (`settle`, which the index's compaction calls; a look-up
 * before that settles first); after that a new word is put in its place by binary search.
 *
 * Equally close, equally used words are told apart as the radix tree told them apart, so that
 * corrections (and the answers they lead to) stay what they were: by the order in which the facts
 * began their branches of the letter tree, which is why each word keeps when it first came.
 */
export class Spelling {
  private sorted: string[] = [];
  /** Beside each word in `sorted`: how many facts' readings hold it, and when it first came (see `comesFirst`), in typed arrays (half a plain array's 8 bytes a number). */
  private counts = new NumbersBeside();
  private firstCame = new NumbersBeside();
  private arrivals = 0;
  /**
   * While a build is under way: each word added since the last settle, by the order it came in,
   * and its count at that place (one look-up per word where a Map of counts took two).
   */
  private unsettled: Map<string, number> | undefined = new Map();
  private unsettledCounts = new Uint32Array(256);
  /** How many times the words were sorted: tests check that a build sorts once and an edit not at all. */
  sorts = 0;

  /** The vocabulary as it stands, settled. */
  snapshot(): SpellingSnapshot {
    this.settle();
    return { words: packStrings(this.sorted), counts: this.counts.copy(), firstCame: this.firstCame.copy(), arrivals: this.arrivals, sorts: this.sorts };
  }

  /** The vocabulary a snapshot was taken of. */
  static restore(snapshot: SpellingSnapshot): Spelling {
    const spelling = new Spelling();
    spelling.unsettled = undefined;
    spelling.unsettledCounts = new Uint32Array(0);
    spelling.sorted = unpackStrings(snapshot.words);
    spelling.counts = new NumbersBeside(snapshot.counts);
    spelling.firstCame = new NumbersBeside(snapshot.firstCame);
    spelling.arrivals = snapshot.arrivals;
    spelling.sorts = snapshot.sorts;
    return spelling;
  }

  add(words: Iterable<string>): void {
    const unsettled = this.unsettled;
    for (const word of words) {
      if (word.length < MIN_LENGTH) continue;
      if (unsettled) {
        const came = unsettled.get(word);
        if (came !== undefined) this.unsettledCounts[came]! += 1;
        else this.countNew(unsettled, word);
        continue;
      }
      const at = lowerBound(this.sorted, word);
      if (this.sorted[at] === word) this.counts.add(at, 1);
      else {
        this.sorted.splice(at, 0, word);
        this.counts.insert(at, 1);
        this.firstCame.insert(at, this.arrivals++);
      }
    }
  }

  private countNew(unsettled: Map<string, number>, word: string): void {
    const came = unsettled.size;
    if (came === this.unsettledCounts.length) {
      const grown = new Uint32Array(came * 2);
      grown.set(this.unsettledCounts);
      this.unsettledCounts = grown;
    }
    unsettled.set(word, came);
    this.unsettledCounts[came] = 1;
  }

  remove(words: Iterable<string>): void {
    this.settle();
    for (const word of words) {
      const at = lowerBound(this.sorted, word);
      if (this.sorted[at] !== word) continue;
      if (this.counts.at(at) > 1) this.counts.add(at, -1);
      else {
        this.sorted.splice(at, 1);
        this.counts.remove(at);
        this.firstCame.remove(at);
      }
    }
  }

  /** Sorts in what a build added; from then on each word is put in its place as it comes. */
  settle(): void {
    const unsettled = this.unsettled;
    if (!unsettled) return;
    this.unsettled = undefined;
    if (unsettled.size > 0) this.sorts += 1;
    // A build starts from nothing: the words it added, in the order they came, are all there is.
    const order = [...unsettled.keys()].map((word, came) => ({ word, came }));
    order.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    const counts = this.unsettledCounts;
    this.unsettledCounts = new Uint32Array(0);
    this.sorted = order.map(({ word }) => word);
    this.counts = new NumbersBeside(Uint32Array.from(order, ({ came }) => counts[came]!));
    this.firstCame = new NumbersBeside(Uint32Array.from(order, ({ came }) => came));
    this.arrivals = order.length;
  }

  has(word: string): boolean {
    this.settle();
    return this.sorted[lowerBound(this.sorted, word)] === word;
  }

  /**
   * The known word closest to an unknown one (fewest edits, then most used, then first in
   * alphabetical order), if one is close enough.
   */
  correct(word: string): string | undefined {
    const distance = allowedDistance(word);
    if (distance === 0 || this.has(word)) return undefined;
    let best: { at: number; distance: number } | undefined;
    for (const { at, distance: edits } of new FuzzyWalk(this.sorted, word, distance).found) {
      if (!best || edits < best.distance || (edits === best.distance && this.betterUsed(at, best.at))) best = { at, distance: edits };
    }
    return best === undefined ? undefined : this.sorted[best.at];
  }

  /** Whether the word at `at` is more used than the one at `other`, or as much and comes first in the letter tree. */
  private betterUsed(at: number, other: number): boolean {
    const count = this.counts.at(at);
    const otherCount = this.counts.at(other);
    return count > otherCount || (count === otherCount && this.comesFirst(at, other));
  }

  /**
   * The radix tree's order of two words: at the node where they part, its branches in the order
   * they were last set there. A branch is set when it is begun and again each time a later word
   * splits its edge (its words' longest shared prefix shrinks); a word ending at the node is set
   * when it comes; a node made by splitting an edge holds the old edge first. Edits that removed
   * words could reorder a tree's branches; this is the order a build gives.
   */
  private comesFirst(at: number, other: number): boolean {
    const word = this.sorted[at]!;
    const otherWord = this.sorted[other]!;
    let depth = 0;
    while (depth < word.length && depth < otherWord.length && word.charCodeAt(depth) === otherWord.charCodeAt(depth)) depth += 1;
    const node = this.branches(word.slice(0, depth));
    return this.lastSet(node, word, depth) < this.lastSet(node, otherWord, depth);
  }

  /** When the node at a prefix was made, and each of its branches began (by the letter that begins it; -1 for the word ending there). */
  private branches(prefix: string): { made: number; began: Map<number, number> } {
    const began = this.branchStarts(prefix);
    const ending = began.get(-1);
    return { made: Math.min(ending ?? Infinity, secondSmallest(began.values())), began };
  }

  private lastSet(node: { made: number; began: Map<number, number> }, word: string, depth: number): number {
    if (word.length === depth) return node.began.get(-1)!;
    const branch = word.slice(0, depth + 1);
    let shared = this.sorted[lowerBound(this.sorted, branch)]!;
    const last = this.sorted[upperBoundOfPrefix(this.sorted, branch) - 1]!;
    let length = 0;
    while (length < shared.length && length < last.length && shared.charCodeAt(length) === last.charCodeAt(length)) length += 1;
    // The edge was set last when the node it leads to was made (the words below it began to part).
    const split = this.branches(shared.slice(0, length)).made;
    return split >= node.made ? split : node.made - 0.5;
  }

  /** The earliest word of each branch below a prefix, by the letter that begins it (-1 for the prefix itself as a word). */
  private branchStarts(prefix: string): Map<number, number> {
    const starts = new Map<number, number>();
    const depth = prefix.length;
    for (let at = lowerBound(this.sorted, prefix); at < this.sorted.length && this.sorted[at]!.startsWith(prefix); at += 1) {
      const word = this.sorted[at]!;
      const letter = word.length === depth ? -1 : word.charCodeAt(depth);
      starts.set(letter, Math.min(starts.get(letter) ?? Infinity, this.firstCame.at(at)));
    }
    return starts;
  }
}

/** Numbers beside a sorted list, one per place, kept in step as the list takes words in and out. */
class NumbersBeside {
  private length: number;

  constructor(private numbers: Uint32Array<ArrayBuffer> = new Uint32Array(0)) {
    this.length = numbers.length;
  }

  at(place: number): number {
    return this.numbers[place]!;
  }

  add(place: number, change: number): void {
    this.numbers[place]! += change;
  }

  insert(place: number, value: number): void {
    if (this.length === this.numbers.length) {
      const grown = new Uint32Array(Math.ceil(this.length * 1.25) + 16);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers.copyWithin(place + 1, place, this.length);
    this.numbers[place] = value;
    this.length += 1;
  }

  remove(place: number): void {
    this.numbers.copyWithin(place, place + 1, this.length);
    this.length -= 1;
  }

  copy(): Uint32Array<ArrayBuffer> {
    return this.numbers.slice(0, this.length);
  }
}

/**
 * The words of a sorted list within `maxDistance` edits (Levenshtein) of a query, in sorted
 * order: a depth-first walk of the letter tree the list implies (the words below a prefix are a
 * run of it), one row of the edit-distance matrix per letter, leaving a branch as soon as no cell
 * of its row is close enough. Only a band of each row around its diagonal is computed, as in
 * MiniSearch's radix tree, whose results it reproduces.
 */
class FuzzyWalk {
  readonly found: Array<{ at: number; distance: number }> = [];
  private readonly matrix: Uint8Array;
  private readonly columns: number;

  constructor(
    private readonly sorted: readonly string[],
    private readonly query: string,
    private readonly maxDistance: number,
  ) {
    this.columns = query.length + 1;
    // A word within reach is at most maxDistance letters longer than the query.
    const rows = this.columns + maxDistance;
    this.matrix = new Uint8Array(rows * this.columns).fill(maxDistance + 1);
    for (let column = 0; column < this.columns; column += 1) this.matrix[column] = column;
    for (let row = 1; row < rows; row += 1) this.matrix[row * this.columns] = row;
    this.walk(0, sorted.length, 0);
  }

  /** The words from `low` to `high` share their first `depth` letters, whose row of the matrix is filled in. */
  private walk(low: number, high: number, depth: number): void {
    const { sorted, matrix, columns, maxDistance, query } = this;
    // The shared prefix itself, when it is a word, sorts first.
    if (low < high && sorted[low]!.length === depth) {
      const distance = matrix[depth * columns + columns - 1]!;
      if (distance <= maxDistance) this.found.push({ at: low, distance });
      low += 1;
    }
    const row = depth + 1;
    if (row * columns >= matrix.length) return;
    while (low < high) {
      const letter = sorted[low]!.charCodeAt(depth);
      const end = endOfLetter(sorted, low, high, depth, letter);
      const rowStart = row * columns;
      const previousStart = rowStart - columns;
      let closest = matrix[rowStart]!;
      const from = Math.max(0, row - maxDistance - 1);
      const to = Math.min(columns - 1, row + maxDistance);
      for (let column = from; column < to; column += 1) {
        const replace = matrix[previousStart + column]! + (letter === query.charCodeAt(column) ? 0 : 1);
        const remove = matrix[previousStart + column + 1]! + 1;
        const insert = matrix[rowStart + column]! + 1;
        const distance = Math.min(replace, remove, insert);
        matrix[rowStart + column + 1] = distance;
        if (distance < closest) closest = distance;
      }
      if (closest <= maxDistance) this.walk(low, end, row);
      low = end;
    }
  }
}

/** The end of the run of words (between low and high, all longer than depth) whose letter at `depth` is `letter`. */
function endOfLetter(sorted: readonly string[], low: number, high: number, depth: number, letter: number): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.charCodeAt(depth) <= letter) low = middle + 1;
    else high = middle;
  }
  return low;
}

function secondSmallest(values: Iterable<number>): number {
  let smallest = Infinity;
  let second = Infinity;
  for (const value of values) {
    if (value < smallest) [smallest, second] = [value, smallest];
    else if (value < second) second = value;
  }
  return second;
}

/** Where the words beginning with `prefix` end. */
function upperBoundOfPrefix(sorted: readonly string[], prefix: string): number {
  let at = lowerBound(sorted, prefix);
  while (at < sorted.length && sorted[at]!.startsWith(prefix)) at += 1;
  return at;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
