/**
 * A list of strings as one string and where each ends: what an index built in a worker thread
 * sends back. Copying one long string and one typed array between threads takes a few
 * milliseconds where cloning a hundred thousand strings one by one took far longer, and no
 * separator is needed, so any text fits.
 */
export interface PackedStrings {
  text: string;
  ends: Uint32Array<ArrayBuffer>;
}

export function packStrings(strings: Iterable<string>): PackedStrings {
  const list = [...strings];
  const ends = new Uint32Array(list.length);
  let end = 0;
  list.forEach((string, at) => {
    end += string.length;
    ends[at] = end;
  });
  return { text: list.join(''), ends };
}

export function unpackStrings({ text, ends }: PackedStrings): string[] {
  const strings = new Array<string>(ends.length);
  let start = 0;
  for (let at = 0; at < ends.length; at += 1) {
    const end = ends[at]!;
    strings[at] = text.slice(start, end);
    start = end;
  }
  return strings;
}
