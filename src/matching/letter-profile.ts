import { foldWord, WORD } from './normalize';

/**
 * A text read as the runs of three to five letters of its words (each word with a space at either
 * end, so that a run can say "starts with" or "ends with"), each weighted 1 + ln(how often it
 * occurs), scaled to length 1. The cosine of two profiles says how alike two texts read letter by
 * letter, whatever their typos and word endings, question words included: what scikit-learn's
 * TfidfVectorizer(analyzer='char_wb', ngram_range=(3, 5), sublinear_tf=True, use_idf=False) does,
 * over folded words. Runs are kept as 32-bit hashes in ascending order with their weights, so a
 * cached fact holds a few bytes a run and comparing is merging sorted lists.
 */
export interface LetterProfile {
  readonly runs: Uint32Array;
  readonly weights: Float32Array;
}

const SHORTEST_RUN = 3;
const LONGEST_RUN = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Every run's FNV-1a hash, in ascending order, a run as often as it occurs: from each start, one pass hashes the runs of every length. */
function sortedRuns(text: string): Uint32Array {
  const hashes: number[] = [];
  for (const [word] of foldWord(text).matchAll(WORD)) {
    const padded = ` ${word} `;
    for (let start = 0; start + SHORTEST_RUN <= padded.length; start += 1) {
      let hash = FNV_OFFSET;
      const end = Math.min(start + LONGEST_RUN, padded.length);
      for (let at = start; at < end; at += 1) {
        hash = Math.imul(hash ^ padded.charCodeAt(at), FNV_PRIME);
        // A word no longer than a run counts once, whole, as scikit-learn counts it: the padded word is at least SHORTEST_RUN long.
        if (at - start + 1 >= SHORTEST_RUN) hashes.push(hash >>> 0);
      }
    }
  }
  return Uint32Array.from(hashes).sort();
}

export function letterProfile(text: string): LetterProfile {
  const all = sortedRuns(text);
  const runs: number[] = [];
  const weights: number[] = [];
  let squares = 0;
  for (let at = 0; at < all.length; ) {
    let next = at + 1;
    while (next < all.length && all[next] === all[at]) next += 1;
    const weight = 1 + Math.log(next - at);
    runs.push(all[at]!);
    weights.push(weight);
    squares += weight * weight;
    at = next;
  }
  const length = Math.sqrt(squares) || 1;
  return { runs: Uint32Array.from(runs), weights: Float32Array.from(weights, (weight) => weight / length) };
}

/**
 * Several texts' profiles (a fact's title and alternate questions) merged into one list of runs,
 * each run with the texts holding it and its weight in each: a question is compared with all of
 * them in one merge, not one merge per text.
 */
export interface ProfilesIndex {
  readonly runs: Uint32Array;
  /** Run i's texts are entries starts[i] to starts[i + 1] of `texts` and `weights`. */
  readonly starts: Uint32Array;
  readonly texts: Uint16Array;
  readonly weights: Float32Array;
  readonly size: number;
}

export function profilesIndex(texts: readonly string[]): ProfilesIndex {
  const profiles = texts.map(letterProfile);
  const holders = new Map<number, Array<[text: number, weight: number]>>();
  profiles.forEach((profile, text) => profile.runs.forEach((run, at) => {
    let list = holders.get(run);
    if (!list) holders.set(run, (list = []));
    list.push([text, profile.weights[at]!]);
  }));
  const runs = Uint32Array.from(holders.keys()).sort();
  const starts = new Uint32Array(runs.length + 1);
  const total = profiles.reduce((sum, profile) => sum + profile.runs.length, 0);
  const textOf = new Uint16Array(total);
  const weights = new Float32Array(total);
  let at = 0;
  runs.forEach((run, position) => {
    starts[position] = at;
    for (const [text, weight] of holders.get(run)!) {
      textOf[at] = text;
      weights[at] = weight;
      at += 1;
    }
  });
  starts[runs.length] = at;
  return { runs, starts, texts: textOf, weights, size: texts.length };
}

/** The highest cosine of the profile with one of the indexed texts' (0 when there are none). */
export function closestCosine(profile: LetterProfile, index: ProfilesIndex): number {
  if (index.size === 0) return 0;
  const sums = new Float64Array(index.size);
  let i = 0;
  let j = 0;
  while (i < profile.runs.length && j < index.runs.length) {
    const x = profile.runs[i]!;
    const y = index.runs[j]!;
    if (x === y) {
      const weight = profile.weights[i]!;
      for (let at = index.starts[j]!; at < index.starts[j + 1]!; at += 1) sums[index.texts[at]!]! += weight * index.weights[at]!;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  let best = 0;
  for (const sum of sums) if (sum > best) best = sum;
  return best;
}
