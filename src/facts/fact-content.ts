import { createHash } from 'node:crypto';
import { FactSchema, type Fact } from './fact';

const BOOKKEEPING_KEYS = ['revision', 'retired', 'updatedAt', 'updatedBy', 'updatedByModerator'] as const;

class InvalidFactContentError extends Error {
  override name = 'InvalidFactContentError';
}

/**
 * The curated content of a fact, validated, without the store's bookkeeping: what every
 * engine stores, hashes and compares. Callers may pass a StoredFact they edited.
 */
export function factContent(fact: Fact): Fact {
  const copy: Record<string, unknown> = { ...fact };
  for (const key of BOOKKEEPING_KEYS) delete copy[key];
  const parsed = FactSchema.safeParse(copy);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(fact)'}: ${issue.message}`);
    throw new InvalidFactContentError(`Fact ${String(copy.id)} is not valid: ${reasons.join('; ')}`);
  }
  return parsed.data;
}

/** JSON with sorted keys and no undefined values, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

export function contentHash(fact: Fact): string {
  return createHash('sha256').update(canonicalJson(fact)).digest('hex');
}

export function sameContent(a: Fact, b: Fact): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner !== undefined) sorted[key] = sortKeys(inner);
  }
  return sorted;
}
