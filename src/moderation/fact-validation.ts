import type { z } from 'zod';
import { UserError } from '../core/errors';
import { DEFAULT_LANGUAGE, type Language } from '../core/languages';
import { FactSchema, type Fact } from '../facts/fact';
import { citationProblems } from '../sources/citation-check';
import type { SourceLookup } from '../sources/source';
import { changeMessages } from './change-messages';
import { moderationMessages } from './messages-nl';

/**
 * What `fact add` and `fact edit` require beyond the shape: a claim status, a registered
 * source, and quotes that are in its text; a made-up quote is refused with the closest real sentence.
 */
export function checkCitation(fact: Fact, sources: SourceLookup, usage: string): void {
  if (citationProblems(fact, sources, DEFAULT_LANGUAGE).length === 0) return;
  throw new UserError('invalid_fact', (language) => moderationMessages(language).invalidFact(citationProblems(fact, sources, language), usage));
}

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
  const issues = [...firstPerField.values()];
  throw new UserError('invalid_fact', (language) => {
    const problems = issues.map((issue) => describeIssue(issue, candidate, language));
    return moderationMessages(language).invalidFact([...new Set(problems)], usage);
  });
}

/** One problem as a line naming the option a moderator types to fix it, and the limit. */
function describeIssue(issue: z.core.$ZodIssue, candidate: unknown, language: Language): string {
  const messages = changeMessages(language);
  const [field, ...rest] = issue.path.map(String);
  const entryIndex = rest.find((part) => /^\d+$/.test(part));
  const fieldName = messages.problemField(field ?? 'fact');
  const label = entryIndex === undefined ? fieldName : messages.entryOf(fieldName, Number(entryIndex) + 1);
  const value = valueAt(candidate, issue.path);

  if (issue.code === 'too_big') {
    const limit = Number(issue.maximum);
    if (Array.isArray(value)) return messages.tooManyEntries(label, limit, value.length);
    return messages.tooLong(label, limit, typeof value === 'string' ? value.trim().length : undefined);
  }
  if (issue.code === 'too_small') {
    if (Array.isArray(value) || issue.origin === 'array') return messages.needsEntries(label, Number(issue.minimum));
    return messages.required(label);
  }
  if (issue.code === 'invalid_type' && value === undefined) return messages.required(label);
  if (issue.code === 'unrecognized_keys') return messages.unknownFields(issue.keys);
  return messages.breaksRule(label, issue.message);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
