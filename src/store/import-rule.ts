/**
 * How knowledge/ merges into a store that moderators may have changed. Every engine applies
 * this same rule, inside one transaction.
 */
/** Where a fact stands with respect to knowledge/, carried unchanged through moderator edits. */
export interface ImportPoint {
  /** Hash of the knowledge/ version last imported (or acknowledged); null for a moderator-added fact. */
  importedHash: string | null;
  /** The fact's revision at that import; a higher current revision means a moderator changed it since. */
  importedRevision: number | null;
}

export interface ImportState extends ImportPoint {
  revision: number;
  retired: boolean;
  /** Hash of the fact's current content. */
  contentHash: string;
}

export type ImportDecision =
  /** Not in the store: add it as revision 1. */
  | 'add'
  /** The file still holds what was imported last time. */
  | 'unchanged'
  /**
   * The file changed, but to exactly what the store holds (typically after `facts export`):
   * no new revision; this becomes the new import point. Reported as unchanged.
   */
  | 'acknowledge'
  /** The file changed and nobody changed the fact since its last import: a new import revision. */
  | 'update'
  /** The file changed, but so did a moderator since the last import: the moderator's version stands. */
  | 'keep-moderator-version';

export function decideImport(stored: ImportState | undefined, fileHash: string): ImportDecision {
  if (!stored) return 'add';
  if (stored.importedHash === fileHash) return 'unchanged';
  if (!stored.retired && stored.contentHash === fileHash) return 'acknowledge';
  if (stored.importedRevision !== null && stored.importedRevision === stored.revision) return 'update';
  return 'keep-moderator-version';
}
