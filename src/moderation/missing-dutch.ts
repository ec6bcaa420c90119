import type { Fact } from '../facts/fact';

/** User-visible text about facts that have no Dutch text yet. Tests assert against these constants. */
export const MISSING_DUTCH_MESSAGES = Object.freeze({
  heading: (count: number) => `${count === 1 ? '1 fact has' : `${count} facts have`} no Dutch text yet, so Dutch questions get the English answer with a note:`,
  hint: 'Add it with `fact edit <id> --nl_title "…" --nl_answer "…" --nl_questions "…; …"`.',
});

const LISTED = 15;

/** Lines naming the live facts without a Dutch block, for `fact stale` and `fact gaps`; none when every fact has one. */
export function missingDutchLines(facts: ReadonlyArray<Fact & { retired?: boolean }>): string[] {
  const missing = facts.filter((fact) => !fact.retired && !fact.nl).sort((a, b) => a.id.localeCompare(b.id));
  if (missing.length === 0) return [];
  const more = missing.length > LISTED ? [`- … and ${missing.length - LISTED} more`] : [];
  return ['', MISSING_DUTCH_MESSAGES.heading(missing.length), ...missing.slice(0, LISTED).map((fact) => `- \`${fact.id}\` — ${fact.title}`), ...more, MISSING_DUTCH_MESSAGES.hint];
}
