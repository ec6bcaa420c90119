import type { z } from 'zod';
import { UserError } from '../core/errors';
import { FactSchema, type Fact } from '../facts/fact';
import { citationProblems } from '../sources/citation-check';
import type { SourceLookup } from '../sources/source';
import { MODERATION_MESSAGES } from './messages';

/**
 * What `fact add` and `fact edit` require beyond the shape: a claim status, a registered
 * source, and quotes that are in its text; a made-up quote is refused with the closest real sentence.
 */
export function checkCitation(fact: Fact, sources: SourceLookup, usage: string): void {
  const problems = citationProblems(fact, sources);
  if (problems.length > 0) throw new UserError('invalid_fact', MODERATION_MESSAGES.invalidFact(problems, usage));
}

/** The option a moderator types for each field, so a problem names what they can fix. */
const FIELD_NAMES: Record<string, string> = {
  id: 'id',
  title: 'title',
  answer: 'answer',
  questions: 'questions (alternate questions)',
  keywords: 'keywords',
  topic: 'topic',
  tags: 'tags',
  source: 'quotes',
  claim: 'claim',
  as_of: 'as_of date',
  review_by: 'review_by date',
  date: 'date (of the event, for the timeline)',
  note: 'note',
};

/** Checks a candidate fact against FactSchema; every problem becomes one line naming the field and the limit. */
export function validateFact(candidate: unknown, usage: string): Fact {
  const parsed = FactSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // One problem per field is enough: "31/12/2024" is not ISO, so it need not also be called "not a real date".
  const firstPerField = new Map<string, z.core.$ZodIssue>();
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    if (!firstPerField.has(key)) firstPerField.set(key, issue);
  }
  const problems = [...firstPerField.values()].map((issue) => describeIssue(issue, candidate));
  throw new UserError('invalid_fact', MODERATION_MESSAGES.invalidFact([...new Set(problems)], usage));
}

function describeIssue(issue: z.core.$ZodIssue, candidate: unknown): string {
  const [field, ...rest] = issue.path.map(String);
  const entryIndex = rest.find((part) => /^\d+$/.test(part));
  const fieldName = FIELD_NAMES[field ?? ''] ?? field ?? 'fact';
  const label = entryIndex === undefined ? fieldName : `${fieldName}, entry ${Number(entryIndex) + 1},`;
  const value = valueAt(candidate, issue.path);

  if (issue.code === 'too_big') {
    const limit = Number(issue.maximum);
    if (Array.isArray(value)) return `${label} can have at most ${limit} entries (it has ${value.length})`;
    const length = typeof value === 'string' ? value.trim().length : undefined;
    return `${label} must be at most ${limit} characters${length === undefined ? '' : ` (it has ${length})`}`;
  }
  if (issue.code === 'too_small') {
    if (Array.isArray(value) || issue.origin === 'array') return `${label} needs at least ${Number(issue.minimum)} entry`;
    return `${label} is required`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return `${label} is required`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return `${label} ${issue.message}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
