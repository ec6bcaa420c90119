/**
 * How list options are typed in one line of chat: questions and quotes contain commas, so
 * they are split by newlines or `|`; keywords and tags by commas or newlines.
 */
export function parseSentenceList(text: string): string[] {
  return distinct(text.split(/\r?\n|\|/));
}

export function parseWordList(text: string): string[] {
  return distinct(text.split(/\r?\n|,/));
}

/** Trims, drops empty entries and repeats (ignoring case), keeping the first spelling. */
function distinct(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const entry of entries) {
    const trimmed = entry.trim();
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    kept.push(trimmed);
  }
  return kept;
}

export function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
