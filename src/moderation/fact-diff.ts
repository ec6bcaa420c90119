import type { Language } from '../core/languages';
import type { Translation } from '../language/catalogue';
import type { Fact } from '../facts/fact';
import { canonicalJson } from '../facts/fact-content';
import { changeMessages, type CHANGE_MESSAGES } from './change-messages';
import { quoted } from './format';
import { wordDiff } from './word-diff';

type FieldName = keyof Fact;

const FIELD_ORDER: readonly FieldName[] = [
  'id', 'title', 'answer', 'questions', 'keywords', 'topic', 'tags', 'claim', 'source', 'as_of', 'review_by', 'date', 'note', 'supersedes', 'nl', 'unsaid',
];

/** Prose fields: shown as a word-level diff, so the edit itself is visible however long the text. */
const PROSE_FIELDS: ReadonlySet<FieldName> = new Set(['title', 'answer', 'note']);

const LIST_FIELDS: Partial<Record<FieldName, (fact: Fact) => readonly string[]>> = {
  questions: (fact) => fact.questions,
  keywords: (fact) => fact.keywords,
  tags: (fact) => fact.tags,
  source: (fact) => fact.source.quotes,
  unsaid: (fact) => (fact.unsaid ?? []).flatMap((entry) => [entry.note, ...entry.questions, ...(entry.nl ? [entry.nl.note, ...entry.nl.questions] : [])]),
};

type ChangeMessages = Translation<typeof CHANGE_MESSAGES>;

export function fieldLabel(field: FieldName, language: Language): string {
  return changeMessages(language).field(field);
}

/** The fields whose values differ, in a stable order. Compared as canonical JSON, so the same content read back from a store compares equal. */
export function changedFields(before: Fact | null, after: Fact): FieldName[] {
  if (!before) return [...FIELD_ORDER].filter((field) => after[field] !== undefined);
  return FIELD_ORDER.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
}

/** One line per changed field, showing what it was and what it became. */
export function describeChanges(before: Fact | null, after: Fact, retiredBefore: boolean, retiredAfter: boolean, language: Language): string[] {
  const messages = changeMessages(language);
  const lines: string[] = [];
  if (!before) {
    lines.push(messages.created(quoted(after.title)));
  } else {
    for (const field of changedFields(before, after)) {
      lines.push(describeField(field, before, after, messages));
    }
  }
  if (before && retiredBefore !== retiredAfter) lines.push(retiredAfter ? messages.retired : messages.restored);
  return lines;
}

function describeField(field: FieldName, before: Fact, after: Fact, messages: ChangeMessages): string {
  const label = messages.field(field);
  if (field === 'source' && before.source.id !== after.source.id) {
    return messages.sourceChanged(show(before.source.id ?? before.source.title, messages), show(after.source.id, messages), !sameQuotes(before, after));
  }
  if (field === 'supersedes') return after.supersedes ? messages.shownUntil(label, after.supersedes.until) : messages.cleared(label);
  if (field === 'nl') return `${label}: ${describeDutch(before, after, messages)}`;
  const old = before[field];
  const now = after[field];
  if (PROSE_FIELDS.has(field) && typeof old === 'string' && typeof now === 'string') return `${label}: ${wordDiff(old, now)}`;
  const listOf = LIST_FIELDS[field];
  if (listOf) {
    const old = listOf(before);
    const now = listOf(after);
    const added = now.filter((entry) => !old.includes(entry));
    const removed = old.filter((entry) => !now.includes(entry));
    const parts: string[] = [];
    if (added.length > 0) parts.push(messages.added(firstFew(added, messages)));
    if (removed.length > 0) parts.push(messages.removed(firstFew(removed, messages)));
    if (parts.length === 0) parts.push(messages.reordered);
    return `${label}: ${parts.join('; ')}`;
  }
  return `${label}: ${show(before[field], messages)} → ${show(after[field], messages)}`;
}

/** The Dutch block as its parts: a word diff of title and answer, and the questions added or removed. */
function describeDutch(before: Fact, after: Fact, messages: ChangeMessages): string {
  if (!after.nl) return messages.dutchRemoved;
  if (!before.nl) return messages.dutchAdded(quoted(after.nl.title));
  const parts: string[] = [];
  if (before.nl.title !== after.nl.title) parts.push(messages.dutchTitle(wordDiff(before.nl.title, after.nl.title)));
  if (before.nl.answer !== after.nl.answer) parts.push(messages.dutchAnswer(wordDiff(before.nl.answer, after.nl.answer)));
  const added = after.nl.questions.filter((question) => !before.nl!.questions.includes(question));
  const removed = before.nl.questions.filter((question) => !after.nl!.questions.includes(question));
  if (added.length > 0) parts.push(messages.dutchQuestionsAdded(firstFew(added, messages)));
  if (removed.length > 0) parts.push(messages.dutchQuestionsRemoved(firstFew(removed, messages)));
  return parts.length > 0 ? parts.join('; ') : messages.dutchReordered;
}

/** The first three entries, quoted, and how many more there are. */
function firstFew(entries: readonly string[], messages: ChangeMessages): string {
  const more = entries.length > 3 ? messages.more(entries.length - 3) : '';
  return `${entries.slice(0, 3).map((entry) => quoted(entry, 60)).join(', ')}${more}`;
}

function sameQuotes(before: Fact, after: Fact): boolean {
  return canonicalJson(before.source.quotes) === canonicalJson(after.source.quotes);
}

function show(value: unknown, messages: ChangeMessages): string {
  return typeof value === 'string' ? quoted(value) : messages.none;
}
