import type { FactIndexSnapshot } from './fact-index';
import { packStrings, unpackStrings } from './packed-strings';
import { FIELD_COUNT, MAX_SHORT_ID, shiftedPosting } from './postings';
import type { SearchIndexSnapshot } from './search-index';
import { inSlices, nextTurn } from './slices';
import type { SpellingSnapshot } from './spelling';

/**
 * Joins the snapshots of two builds over consecutive parts of a fact list (the first part's
 * facts numbered from 0, the second's from 0 too) into the snapshot of one build over the whole
 * list, exactly: terms and words are numbered by when they first came, postings run by ascending
 * short id, field-length averages are added up fact by fact in the same order. So two threads can
 * each build a part, and the index answers as one built in one go. Only for fresh builds, where
 * no fact was removed (no fact id twice in the list).
 */
export async function mergeSnapshots(first: FactIndexSnapshot, second: FactIndexSnapshot): Promise<FactIndexSnapshot> {
  // Each step takes a few milliseconds over 10,000 facts: the event loop is given back between them.
  const search = await mergeSearch(first.search, second.search, first.search.documents.length);
  await nextTurn();
  const spelling = mergeSpelling(first.spelling, second.spelling);
  await nextTurn();
  const names = unpackStrings(first.names);
  const nameCounts = new Map(names.map((name, at) => [name, first.nameCounts[at]!]));
  unpackStrings(second.names).forEach((name, at) => nameCounts.set(name, (nameCounts.get(name) ?? 0) + second.nameCounts[at]!));
  return { language: first.language, search, names: packStrings(nameCounts.keys()), nameCounts: Uint32Array.from(nameCounts.values()), spelling };
}

/** Where each of the second list's strings falls in the joined list: its number in the first, or a new one after them, in the second's order. */
function joinNumbers(first: readonly string[], second: readonly string[]): { numbers: Uint32Array; added: number } {
  const known = new Map(first.map((string, at) => [string, at]));
  const numbers = new Uint32Array(second.length);
  let added = 0;
  second.forEach((string, at) => {
    numbers[at] = known.get(string) ?? first.length + added++;
  });
  return { numbers, added };
}

/** Two sorted lists of numbers (sorted by their strings) as one, each number once. */
function mergeSorted(first: ArrayLike<number>, second: ArrayLike<number>, stringOf: (number: number) => string): Uint32Array<ArrayBuffer> {
  const merged: number[] = [];
  let from = 0;
  for (let at = 0; at < first.length; at += 1) {
    const next = first[at]!;
    while (from < second.length && stringOf(second[from]!) < stringOf(next)) merged.push(second[from++]!);
    if (from < second.length && second[from] === next) from += 1;
    merged.push(next);
  }
  while (from < second.length) merged.push(second[from++]!);
  return Uint32Array.from(merged);
}

async function mergeSearch(first: SearchIndexSnapshot, second: SearchIndexSnapshot, firstFacts: number): Promise<SearchIndexSnapshot> {
  if (first.postings.free.length > 0 || second.postings.free.length > 0 || first.documents.includes(-1) || second.documents.includes(-1)) {
    throw new Error('only fresh builds can be merged');
  }
  const facts = firstFacts + second.documents.length;
  if (facts - 1 > MAX_SHORT_ID) throw new RangeError(`${facts} facts do not fit in a posting`);
  const firstTerms = unpackStrings(first.terms);
  const secondTerms = unpackStrings(second.terms);
  const { numbers, added } = joinNumbers(firstTerms, secondTerms);
  const termCount = firstTerms.length + added;
  const terms = [...firstTerms, ...new Array<string>(added)];
  secondTerms.forEach((term, at) => (terms[numbers[at]!] = term));
  const secondOf = new Int32Array(termCount).fill(-1);
  numbers.forEach((term, at) => (secondOf[term] = at));
  await nextTurn();

  const a = first.postings;
  const b = second.postings;
  const columns = Math.max(termCount, 64);
  const starts = new Uint32Array(columns);
  const sizes = new Uint32Array(columns);
  // A count is at most the number of facts: 16 bits each when no count can outgrow them.
  const fieldCounts = facts > 0xffff ? new Uint32Array(columns * FIELD_COUNT) : new Uint16Array(columns * FIELD_COUNT);
  const data = new Uint32Array(a.end + b.end);
  let end = 0;
  await inSlices(termCount, (term) => {
    starts[term] = end;
    if (term < firstTerms.length) {
      const size = a.sizes[term]!;
      data.set(a.data.subarray(a.starts[term]!, a.starts[term]! + size), end);
      end += size;
      for (let field = 0; field < FIELD_COUNT; field += 1) fieldCounts[term * FIELD_COUNT + field] = a.fieldCounts[term * FIELD_COUNT + field]!;
    }
    const other = secondOf[term]!;
    if (other >= 0) {
      for (let at = b.starts[other]!; at < b.starts[other]! + b.sizes[other]!; at += 1) data[end++] = shiftedPosting(b.data[at]!, firstFacts);
      for (let field = 0; field < FIELD_COUNT; field += 1) fieldCounts[term * FIELD_COUNT + field]! += b.fieldCounts[other * FIELD_COUNT + field]!;
    }
    sizes[term] = end - starts[term]!;
  });
  await nextTurn();

  const fieldLengths = new Uint16Array(facts * FIELD_COUNT);
  fieldLengths.set(first.fieldLengths.subarray(0, firstFacts * FIELD_COUNT));
  fieldLengths.set(second.fieldLengths.subarray(0, second.documents.length * FIELD_COUNT), firstFacts * FIELD_COUNT);
  // The averages as the build adds them up, fact after fact: the same additions give the same bits.
  const averageFieldLength = Float64Array.from(first.averageFieldLength);
  for (let fact = firstFacts; fact < facts; fact += 1) {
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      averageFieldLength[field] = (averageFieldLength[field]! * fact + fieldLengths[fact * FIELD_COUNT + field]!) / (fact + 1);
    }
  }
  const documents = new Int32Array(facts);
  documents.set(first.documents);
  second.documents.forEach((fact, at) => (documents[firstFacts + at] = firstFacts + fact));
  await nextTurn();
  const secondSorted = Array.from(second.prefixOrder, (term) => numbers[term]!);
  return {
    terms: packStrings(terms),
    postings: { data, end, abandoned: 0, starts, sizes, rooms: sizes.slice(), fieldCounts, terms: termCount, free: new Uint32Array(0) },
    prefixOrder: mergeSorted(first.prefixOrder, secondSorted, (term) => terms[term]!),
    prefixSorts: Math.max(first.prefixSorts, second.prefixSorts),
    documents,
    fieldLengths,
    averageFieldLength,
    documentCount: facts,
  };
}

function mergeSpelling(first: SpellingSnapshot, second: SpellingSnapshot): SpellingSnapshot {
  const firstWords = unpackStrings(first.words);
  const secondWords = unpackStrings(second.words);
  // The words as they first came (firstCame is a word's arrival number), so that new ones are numbered on in the same order.
  const byArrival = (words: readonly string[], firstCame: Uint32Array) => {
    const ordered = new Array<string>(words.length);
    words.forEach((word, at) => (ordered[firstCame[at]!] = word));
    return ordered;
  };
  const firstArrived = byArrival(firstWords, first.firstCame);
  const secondArrived = byArrival(secondWords, second.firstCame);
  const { numbers, added } = joinNumbers(firstArrived, secondArrived);
  const words = [...firstArrived, ...new Array<string>(added)];
  secondArrived.forEach((word, at) => (words[numbers[at]!] = word));
  const counts = new Uint32Array(words.length);
  firstWords.forEach((_, at) => (counts[first.firstCame[at]!] = first.counts[at]!));
  secondWords.forEach((_, at) => (counts[numbers[second.firstCame[at]!]!]! += second.counts[at]!));
  // Each side's words in sorted order, by their joined arrival numbers.
  const firstSorted = Array.from(first.firstCame);
  const secondSorted = Array.from(second.firstCame, (came) => numbers[came]!);
  const sorted = mergeSorted(firstSorted, secondSorted, (word) => words[word]!);
  return {
    words: packStrings(Array.from(sorted, (word) => words[word]!)),
    counts: Uint32Array.from(sorted, (word) => counts[word]!),
    firstCame: sorted,
    arrivals: words.length,
    sorts: Math.max(first.sorts, second.sorts),
  };
}
