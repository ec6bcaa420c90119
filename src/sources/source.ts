import { z } from 'zod';
import { isoDate, SourceIdSchema } from '../facts/fact';

/** Kinds of source document; shown with the source's title. */
export const SOURCE_KINDS = ['news-article', 'government-letter', 'official-statement', 'report', 'other'] as const;

export const SOURCE_LIMITS = Object.freeze({ titleMax: 200, noteMax: 500, urlMax: 500, textMax: 200_000 });

/** A source's metadata, as curated in knowledge/sources/<id>.yaml or registered from chat. */
export const SourceMetaSchema = z
  .object({
    id: SourceIdSchema,
    title: z.string().trim().min(1, 'is required').max(SOURCE_LIMITS.titleMax, `must be at most ${SOURCE_LIMITS.titleMax} characters`),
    kind: z.enum(SOURCE_KINDS, { message: `must be one of: ${SOURCE_KINDS.join(', ')}` }),
    language: z.string().trim().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as en').default('en'),
    published: isoDate,
    /** Why the date is what it is, when the source does not print it. */
    date_note: z.string().trim().min(1).max(SOURCE_LIMITS.noteMax).optional(),
    url: z
      .string()
      .trim()
      .max(SOURCE_LIMITS.urlMax)
      .regex(/^https?:\/\/\S+$/, 'must be an http:// or https:// address')
      .optional(),
    note: z.string().trim().min(1).max(SOURCE_LIMITS.noteMax).optional(),
  })
  .strict();

export type SourceMeta = z.infer<typeof SourceMetaSchema>;

/** A source with its text when the project holds it; quotes from a source without text cannot be checked. */
export interface Source extends SourceMeta {
  text?: string;
  /** Where it is kept: a file in knowledge/sources/, or the store (registered from chat). */
  origin: 'knowledge' | 'store';
}

/** Reads sources by id; the bot's catalog merges the curated files with those registered from chat. */
export interface SourceLookup {
  get(id: string): Source | undefined;
}

export function sourceLookupOf(sources: Iterable<Source>): SourceLookup {
  const byId = new Map([...sources].map((source) => [source.id, source]));
  return { get: (id) => byId.get(id) };
}
