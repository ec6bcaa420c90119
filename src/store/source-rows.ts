import { SourceMetaSchema } from '../sources/source';
import { canonicalJson } from '../facts/fact-content';
import type { ChangeAuthor, NewSource, StoredSource } from './fact-store';

/** A source as both engines keep it: validated metadata as JSON, the text apart (it may be long or absent). */
export interface SourceRecord {
  id: string;
  meta: string;
  text: string | null;
}

/** Takes a NewSource, or a StoredSource whose bookkeeping (who, when) is stored apart. */
export function sourceRecord(source: NewSource & { addedBy?: unknown; addedAt?: unknown }): SourceRecord {
  const { text, addedBy, addedAt, ...meta } = source;
  void [addedBy, addedAt];
  const parsed = SourceMetaSchema.parse(meta);
  return { id: parsed.id, meta: canonicalJson(parsed), text: text ?? null };
}

export function storedSourceFrom(meta: unknown, text: string | null, addedBy: ChangeAuthor, addedAt: string): StoredSource {
  const parsed = SourceMetaSchema.parse(meta);
  return { ...parsed, ...(text === null ? {} : { text }), addedBy, addedAt };
}
