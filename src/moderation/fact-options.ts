import type { CommandOption } from '../core/command';
import { ARTICLE_SOURCE_ID, CLAIM_KINDS, FACT_LIMITS, SOURCE_TITLE, type Fact } from '../facts/fact';
import { FACT_DATE_HINT, FACT_DATE_HINT_NL } from '../facts/fact-date';
import { parseSentenceList, parseWordList } from './fact-lists';

/** The fields `fact add` and `fact edit` take; the first five are 'text' (a Discord modal holds five). */
const FACT_FIELD_NAMES = ['title', 'answer', 'questions', 'keywords', 'quotes', 'topic', 'tags', 'claim', 'source', 'as_of', 'review_by', 'date'] as const;

/** A Discord modal text input holds at most 4000 characters. */
const LIST_TEXT_MAX = 4000;

export function factFieldOptions(mode: 'add' | 'edit'): CommandOption[] {
  const required = (name: string) => mode === 'add' && ['title', 'answer', 'quotes', 'topic', 'claim'].includes(name);
  const fields: Array<Omit<CommandOption, 'required'>> = [
    { name: 'title', description: `Short title, at most ${FACT_LIMITS.titleMax} characters`, dutch: { label: 'Titel', description: `Korte titel, hoogstens ${FACT_LIMITS.titleMax} tekens` }, kind: 'text', maxLength: FACT_LIMITS.titleMax },
    { name: 'answer', description: `The answer, at most ${FACT_LIMITS.answerMax} characters`, dutch: { label: 'Antwoord', description: `Het antwoord, hoogstens ${FACT_LIMITS.answerMax} tekens` }, kind: 'text', maxLength: FACT_LIMITS.answerMax },
    { name: 'questions', description: `Alternate questions, one per line or split by | (at most ${FACT_LIMITS.questionsMax})`, dutch: { label: 'Vragen', description: `Andere formuleringen van de vraag, één per regel of gescheiden door | (hoogstens ${FACT_LIMITS.questionsMax})` }, kind: 'text', maxLength: LIST_TEXT_MAX },
    { name: 'keywords', description: 'Keywords, split by commas or lines', dutch: { label: 'Trefwoorden', description: "Trefwoorden, gescheiden door komma's of regels" }, kind: 'text', maxLength: LIST_TEXT_MAX },
    { name: 'quotes', description: 'Verbatim sentences of the source, one per line or split by |', dutch: { label: 'Citaten', description: 'Letterlijke zinnen uit de bron, één per regel of gescheiden door |' }, kind: 'text', maxLength: LIST_TEXT_MAX },
    { name: 'topic', description: 'Topic slug, e.g. deployment', dutch: { label: 'Onderwerp', description: 'Onderwerp als slug, bijvoorbeeld deployment' }, kind: 'string' },
    { name: 'tags', description: 'Tags, split by commas', dutch: { label: 'Labels', description: "Labels, gescheiden door komma's" }, kind: 'string' },
    { name: 'claim', description: `Kind of claim: ${CLAIM_KINDS.join(', ')}`, dutch: { label: 'Soort bewering', description: `Soort bewering: ${CLAIM_KINDS.join(', ')}`, choices: { reporting: 'verslaggeving van de bron', 'official-statement': 'officiële verklaring of document', 'attributed-claim': 'bewering van iemand, volgens de bron', 'author-view': 'opvatting of analyse van de auteur', 'curator-inference': 'afleiding van de samenstellers' } }, kind: 'string', choices: CLAIM_KINDS },
    { name: 'source', description: `Id of the source quoted (default: ${ARTICLE_SOURCE_ID}); see fact source add`, dutch: { label: 'Bron', description: `Id van de geciteerde bron (standaard: ${ARTICLE_SOURCE_ID}); zie fact bron add` }, kind: 'string' },
    { name: 'as_of', description: 'Date the fact holds for, YYYY-MM-DD', dutch: { label: 'Geldig per', description: 'Datum waarop het feit geldt, JJJJ-MM-DD' }, kind: 'string' },
    { name: 'review_by', description: 'Date to review the fact by, YYYY-MM-DD', dutch: { label: 'Controleren vóór', description: 'Datum waarop het feit opnieuw bekeken moet worden, JJJJ-MM-DD' }, kind: 'string' },
    { name: 'date', description: `When the event happened, for the timeline: ${FACT_DATE_HINT}`, dutch: { label: 'Datum', description: `Datum voor de tijdlijn: ${FACT_DATE_HINT_NL}` }, kind: 'string' },
  ];
  return fields.map((field) => ({ ...field, required: required(field.name) }));
}

/** Which fact fields the options set (an empty value clears an optional field). */
export function givenFields(options: Readonly<Record<string, string>>): string[] {
  return FACT_FIELD_NAMES.filter((name) => options[name] !== undefined);
}

/** The candidate for `fact add`, before validation. */
export function newFactFromOptions(id: string, options: Readonly<Record<string, string>>, today: string): Record<string, unknown> {
  return applyFieldOptions({ id, questions: [], keywords: [], tags: [], as_of: today, source: { id: ARTICLE_SOURCE_ID, quotes: [] } }, options);
}

/**
 * The candidate for `fact edit`: the current content with the given fields replaced, before
 * validation. A fact stored before sources had ids, naming the article by title, now cites it by id.
 */
export function editedFactFromOptions(current: Fact, options: Readonly<Record<string, string>>): Record<string, unknown> {
  const { title, ...source } = current.source;
  const upgraded = source.id === undefined && title === SOURCE_TITLE ? { ...source, id: ARTICLE_SOURCE_ID } : current.source;
  return applyFieldOptions({ ...current, source: upgraded }, options);
}

function applyFieldOptions(base: Record<string, unknown>, options: Readonly<Record<string, string>>): Record<string, unknown> {
  const fact = { ...base };
  const value = (name: string) => options[name];
  for (const name of ['title', 'answer', 'topic', 'as_of', 'claim'] as const) {
    if (value(name) !== undefined) fact[name] = value(name)!.trim();
  }
  const source = { ...(fact.source as Record<string, unknown>) };
  if (value('source') !== undefined) {
    source.id = value('source')!.trim().toLowerCase();
    delete source.title;
  }
  if (value('questions') !== undefined) fact.questions = parseSentenceList(value('questions')!);
  if (value('keywords') !== undefined) fact.keywords = parseWordList(value('keywords')!);
  if (value('tags') !== undefined) fact.tags = parseWordList(value('tags')!);
  if (value('quotes') !== undefined) source.quotes = parseSentenceList(value('quotes')!);
  fact.source = source;
  // An empty value clears these optional fields.
  for (const name of ['review_by', 'date'] as const) {
    if (value(name) === undefined) continue;
    const given = value(name)!.trim();
    if (given === '') delete fact[name];
    else fact[name] = given;
  }
  return fact;
}
