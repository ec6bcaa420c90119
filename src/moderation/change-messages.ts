import type { Translation } from '../language/catalogue';
import type { Language } from '../core/languages';

/**
 * How revisions and validation problems name a fact's fields and describe a change (`fact
 * history`, "Changed: …", "That fact cannot be saved: …"). Tests assert against these constants.
 */
export const CHANGE_MESSAGES = Object.freeze({
  /** A field as a moderator reads it in a list of changes. */
  field: (name: string) => FIELD_LABELS_EN[name] ?? name,
  created: (title: string) => `created: ${title}`,
  retired: 'retired (no longer answers)',
  restored: 'back in use (restored)',
  sourceChanged: (before: string, after: string, quotesChanged: boolean) => `source: ${before} → ${after}${quotesChanged ? '; quotes changed' : ''}`,
  shownUntil: (label: string, until: string) => `${label}: shown until ${until}`,
  cleared: (label: string) => `${label}: cleared`,
  added: (entries: string) => `added ${entries}`,
  removed: (entries: string) => `removed ${entries}`,
  reordered: 'reordered',
  dutchRemoved: 'removed',
  dutchAdded: (title: string) => `added ${title}`,
  dutchTitle: (diff: string) => `title ${diff}`,
  dutchAnswer: (diff: string) => `answer ${diff}`,
  dutchQuestionsAdded: (entries: string) => `added questions ${entries}`,
  dutchQuestionsRemoved: (entries: string) => `removed questions ${entries}`,
  dutchReordered: 'questions reordered',
  more: (count: number) => ` and ${count} more`,
  none: '(none)',

  /** A field as a validation problem names it: the option a moderator types to fix it. */
  problemField: (name: string) => PROBLEM_FIELDS_EN[name] ?? name,
  entryOf: (field: string, position: number) => `${field}, entry ${position},`,
  tooManyEntries: (label: string, limit: number, has: number) => `${label} can have at most ${limit} entries (it has ${has})`,
  tooLong: (label: string, limit: number, has: number | undefined) => `${label} must be at most ${limit} characters${has === undefined ? '' : ` (it has ${has})`}`,
  needsEntries: (label: string, minimum: number) => `${label} needs at least ${minimum} entry`,
  required: (label: string) => `${label} is required`,
  unknownFields: (keys: readonly string[]) => `unknown field(s): ${keys.join(', ')}`,
  /** A rule of the fact schema (src/facts/fact.ts) that the value breaks, in the schema's own words. */
  breaksRule: (label: string, rule: string) => `${label} ${rule}`,
});

const FIELD_LABELS_EN: Readonly<Record<string, string>> = { questions: 'alternate questions', source: 'quotes', supersedes: 'update note', nl: 'Dutch text', unsaid: 'what the source does not say' };

const PROBLEM_FIELDS_EN: Readonly<Record<string, string>> = {
  questions: 'questions (alternate questions)',
  source: 'quotes',
  as_of: 'as_of date',
  review_by: 'review_by date',
  date: 'date (of the event, for the timeline)',
};

export const CHANGE_MESSAGES_NL: Translation<typeof CHANGE_MESSAGES> = Object.freeze({
  field: (name: string) => FIELD_LABELS_NL[name] ?? name,
  created: (title: string) => `aangemaakt: ${title}`,
  retired: 'buiten gebruik gezet (beantwoordt geen vragen meer)',
  restored: 'weer in gebruik (hersteld)',
  sourceChanged: (before: string, after: string, quotesChanged: boolean) => `bron: ${before} → ${after}${quotesChanged ? '; citaten gewijzigd' : ''}`,
  shownUntil: (label: string, until: string) => `${label}: getoond tot ${until}`,
  cleared: (label: string) => `${label}: gewist`,
  added: (entries: string) => `toegevoegd ${entries}`,
  removed: (entries: string) => `verwijderd ${entries}`,
  reordered: 'andere volgorde',
  dutchRemoved: 'verwijderd',
  dutchAdded: (title: string) => `toegevoegd ${title}`,
  dutchTitle: (diff: string) => `titel ${diff}`,
  dutchAnswer: (diff: string) => `antwoord ${diff}`,
  dutchQuestionsAdded: (entries: string) => `vragen toegevoegd ${entries}`,
  dutchQuestionsRemoved: (entries: string) => `vragen verwijderd ${entries}`,
  dutchReordered: 'vragen in andere volgorde',
  more: (count: number) => ` en nog ${count}`,
  none: '(geen)',

  problemField: (name: string) => PROBLEM_FIELDS_NL[name] ?? name,
  entryOf: (field: string, position: number) => `${field}, nummer ${position},`,
  tooManyEntries: (label: string, limit: number, has: number) => `${label} mag hoogstens ${limit} items hebben (het zijn er ${has})`,
  tooLong: (label: string, limit: number, has: number | undefined) => `${label} mag hoogstens ${limit} tekens lang zijn${has === undefined ? '' : ` (het zijn er ${has})`}`,
  needsEntries: (label: string, minimum: number) => `${label} heeft ten minste ${minimum} item nodig`,
  required: (label: string) => `${label} is verplicht`,
  unknownFields: (keys: readonly string[]) => `onbekend(e) veld(en): ${keys.join(', ')}`,
  breaksRule: (label: string, rule: string) => `${label} ${schemaRuleInDutch(rule)}`,
});

const FIELD_LABELS_NL: Readonly<Record<string, string>> = {
  id: 'id',
  title: 'titel',
  answer: 'antwoord',
  questions: 'andere vragen',
  keywords: 'trefwoorden',
  topic: 'onderwerp',
  tags: 'tags',
  claim: 'soort bewering',
  source: 'citaten',
  as_of: 'peildatum',
  review_by: 'controledatum',
  date: 'datum',
  note: 'noot',
  supersedes: 'bijwerkingsmelding',
  nl: 'Nederlandse tekst',
  unsaid: 'wat de bron niet zegt',
};

/** Option names stay as typed (--as_of); the words around them are Dutch. */
const PROBLEM_FIELDS_NL: Readonly<Record<string, string>> = {
  fact: 'feit',
  questions: 'questions (andere vragen)',
  source: 'quotes',
  as_of: 'as_of-datum',
  review_by: 'review_by-datum',
  date: 'date (van de gebeurtenis, voor de tijdlijn)',
};

/** The fact schema's rules (src/facts/fact.ts), in Dutch; a rule not listed is shown as the schema words it. */
const SCHEMA_RULES_NL: Readonly<Record<string, string>> = {
  'must not contain control characters or broken emoji (lone surrogates)': 'mag geen stuurtekens of kapotte emoji (losse surrogaten) bevatten',
  'must be an ISO date (YYYY-MM-DD)': 'moet een ISO-datum zijn (JJJJ-MM-DD)',
  'is not a real calendar date': 'is geen bestaande kalenderdatum',
  'must be 2 to 40 characters of a-z, 0-9 and "-"': 'moet 2 tot 40 tekens a-z, 0-9 en "-" zijn',
  'must be 2 to 60 characters of a-z, 0-9 and "-"': 'moet 2 tot 60 tekens a-z, 0-9 en "-" zijn',
  'must be a short lower-case slug': 'moet een korte slug in kleine letters zijn',
  'must be a two-letter language code such as en': 'moet een taalcode van twee letters zijn, zoals en',
  'must be an http:// or https:// address': 'moet een http://- of https://-adres zijn',
  'is required': 'is verplicht',
};

/** Rules that end in a list or a limit, by their English start. */
const SCHEMA_RULE_STARTS_NL: ReadonlyArray<[RegExp, (rest: string) => string]> = [
  [/^must be one of: (.*)$/s, (rest) => `moet een van deze zijn: ${rest}`],
  [/^must be a date: (.*)$/s, (rest) => `moet een datum zijn: ${rest}`],
  [/^must be at most (\d+) characters$/, (limit) => `mag hoogstens ${limit} tekens lang zijn`],
];

function schemaRuleInDutch(rule: string): string {
  const known = SCHEMA_RULES_NL[rule];
  if (known) return known;
  for (const [pattern, dutch] of SCHEMA_RULE_STARTS_NL) {
    const found = pattern.exec(rule);
    if (found) return dutch(found[1]!);
  }
  return rule;
}

/** The change and validation messages in a language; by default the language of the reply being built. */
export function changeMessages(language: Language): Translation<typeof CHANGE_MESSAGES> {
  return language === 'nl' ? CHANGE_MESSAGES_NL : CHANGE_MESSAGES;
}
