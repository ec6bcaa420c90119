import { parse, stringify } from 'yaml';
import { sameContent } from './fact-content';
import { FactSchema, type Fact } from './fact';

/** The curators' layout: prose folded near this column, lists of short words in flow style. */
const FOLD_WIDTH = 96;
const FIELD = '    ';

export type FactField = keyof Fact;

/**
 * One fact as an item of the `facts:` list, field by field, in the layout the curators write
 * by hand (key order, `answer: >-` folded, keywords and tags in brackets, quotes and dates
 * double-quoted), so an exported file differs from a curated one only where content differs.
 * Each entry is the field's full text, ending in a newline; the id line carries the "- ".
 */
export function renderFactFields(fact: Fact): Array<[FactField, string]> {
  const fields: Array<[FactField, string[]]> = [
    ['id', [`  - id: ${blockScalar(fact.id)}`]],
    ['title', [`${FIELD}title: ${blockScalar(fact.title)}`]],
    ['answer', prose('answer', fact.answer)],
  ];
  if (fact.questions.length > 0) fields.push(['questions', [`${FIELD}questions:`, ...fact.questions.map((question) => `${FIELD}  - ${blockScalar(question)}`)]]);
  if (fact.keywords.length > 0) fields.push(['keywords', [`${FIELD}keywords: ${flowList(fact.keywords)}`]]);
  fields.push(['topic', [`${FIELD}topic: ${blockScalar(fact.topic)}`]]);
  if (fact.tags.length > 0) fields.push(['tags', [`${FIELD}tags: ${flowList(fact.tags)}`]]);
  if (fact.claim) fields.push(['claim', [`${FIELD}claim: ${blockScalar(fact.claim)}`]]);
  fields.push([
    'source',
    [
      `${FIELD}source:`,
      ...(fact.source.id ? [`${FIELD}  id: ${blockScalar(fact.source.id)}`] : []),
      ...(fact.source.title ? [`${FIELD}  title: ${blockScalar(fact.source.title)}`] : []),
      `${FIELD}  quotes:`,
      ...fact.source.quotes.map((quote) => `${FIELD}    - ${JSON.stringify(quote)}`),
    ],
  ]);
  fields.push(['as_of', [`${FIELD}as_of: ${JSON.stringify(fact.as_of)}`]]);
  if (fact.review_by) fields.push(['review_by', [`${FIELD}review_by: ${JSON.stringify(fact.review_by)}`]]);
  if (fact.date) fields.push(['date', [`${FIELD}date: ${JSON.stringify(fact.date)}`]]);
  if (fact.note) fields.push(['note', prose('note', fact.note)]);
  if (fact.nl) {
    const { title, answer, questions } = fact.nl;
    const inner = `${FIELD}  `;
    fields.push([
      'nl',
      [
        `${FIELD}nl:`,
        `${inner}title: ${blockScalar(title)}`,
        ...prose('answer', answer, inner),
        ...(questions.length > 0 ? [`${inner}questions:`, ...questions.map((question) => `${inner}  - ${blockScalar(question)}`)] : []),
      ],
    ]);
  }
  if (fact.supersedes) {
    const { updated, before, until } = fact.supersedes;
    fields.push(['supersedes', [`${FIELD}supersedes:`, `${FIELD}  updated: ${JSON.stringify(updated)}`, `${FIELD}  before: ${JSON.stringify(before)}`, `${FIELD}  until: ${JSON.stringify(until)}`]]);
  }
  return fields.map(([key, lines]) => [key, `${lines.join('\n')}\n`]);
}

export function renderFactItem(fact: Fact): string {
  const text = renderFactFields(fact).map(([, fieldText]) => fieldText).join('');
  if (!itemHolds(text, fact)) throw new Error(`Fact ${fact.id} does not survive being written as YAML; this is a bug in the exporter`);
  return text;
}

/** True when the text, read back as one item of a `facts:` list, gives exactly this fact. */
export function itemHolds(itemText: string, fact: Fact): boolean {
  try {
    const parsed = FactSchema.safeParse((parse(`facts:\n${itemText}`) as { facts: unknown[] }).facts[0]);
    return parsed.success && sameContent(parsed.data, fact);
  } catch {
    return false;
  }
}

/** A scalar on a `key: value` line: plain when YAML allows it, else double-quoted. */
function blockScalar(value: string): string {
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** Inside `[a, b]` commas and brackets end a plain scalar, so such values are quoted. */
function flowList(values: readonly string[]): string {
  const items = values.map((value) => {
    const plain = blockScalar(value);
    return /[,[\]{}]/.test(plain) && !plain.startsWith('"') ? JSON.stringify(value) : plain;
  });
  return `[${items.join(', ')}]`;
}

/** Folded (`>-`) when the text survives folding unchanged: single spaces, no line breaks. */
function prose(key: string, text: string, field = FIELD): string[] {
  if (!/^\S+( \S+)*$/.test(text)) return [`${field}${key}: ${JSON.stringify(text)}`];
  const indent = `${field}  `;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > FOLD_WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(indent + line);
  return [`${field}${key}: >-`, ...lines];
}
