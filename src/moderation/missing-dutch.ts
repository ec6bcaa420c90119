import type { Fact } from '../facts/fact';
import type { Translation } from '../language/catalogue';
import type { Language } from '../core/languages';

/** User-visible text about facts that have no Dutch text yet. Tests assert against these constants. */
export const MISSING_DUTCH_MESSAGES = Object.freeze({
  heading: (count: number) => `${count === 1 ? '1 fact has' : `${count} facts have`} no Dutch text yet, so Dutch questions get the English answer with a note:`,
  line: (id: string, title: string) => `- \`${id}\` — ${title}`,
  more: (count: number) => `- … and ${count} more`,
  hint: 'Add it with `fact dutch <id> --nl_title "…" --nl_answer "…" --nl_questions "… | …"`.',
});

export const MISSING_DUTCH_MESSAGES_NL: Translation<typeof MISSING_DUTCH_MESSAGES> = Object.freeze({
  heading: (count: number) =>
    `${count === 1 ? '1 feit heeft' : `${count} feiten hebben`} nog geen Nederlandse tekst, dus Nederlandse vragen krijgen het Engelse antwoord met een notitie:`,
  line: (id: string, title: string) => `- \`${id}\` — ${title}`,
  more: (count: number) => `- … en nog ${count}`,
  hint: 'Voeg die toe met `fact nederlands <id> --nl_title "…" --nl_answer "…" --nl_questions "… | …"`.',
});

const LISTED = 15;

/** Lines naming the live facts without a Dutch block, for `fact stale` and `fact gaps`; none when every fact has one. */
export function missingDutchLines(facts: ReadonlyArray<Fact & { retired?: boolean }>, language: Language): string[] {
  const messages = language === 'nl' ? MISSING_DUTCH_MESSAGES_NL : MISSING_DUTCH_MESSAGES;
  const missing = facts.filter((fact) => !fact.retired && !fact.nl).sort((a, b) => a.id.localeCompare(b.id));
  if (missing.length === 0) return [];
  const more = missing.length > LISTED ? [messages.more(missing.length - LISTED)] : [];
  return ['', messages.heading(missing.length), ...missing.slice(0, LISTED).map((fact) => messages.line(fact.id, fact.title)), ...more, messages.hint];
}
