import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Fact } from '../facts/fact';
import type { StoredSource } from '../store/fact-store';

/**
 * Writes the sources moderators registered from chat that exported facts cite, as
 * `<id>.yaml` (and `<id>.txt` when the source has text), so the exported folder loads on its
 * own. A source that has a file already is left alone: the curated file wins.
 */
export function exportRegisteredSources(sourcesDir: string, facts: readonly Fact[], registered: readonly StoredSource[]): string[] {
  const cited = new Set(facts.map((fact) => fact.source.id).filter((id): id is string => id !== undefined));
  const written: string[] = [];
  for (const source of registered) {
    const metaFile = join(sourcesDir, `${source.id}.yaml`);
    if (!cited.has(source.id) || existsSync(metaFile)) continue;
    const { text, addedBy, addedAt, ...meta } = source;
    mkdirSync(sourcesDir, { recursive: true });
    const header = `# Registered from chat by ${addedBy.displayName} (${addedBy.platform}) on ${addedAt.slice(0, 10)}; exported by \`npm run facts -- export\`.\n`;
    writeFileSync(metaFile, header + stringify(meta));
    written.push(metaFile);
    if (text !== undefined) {
      const textFile = join(sourcesDir, `${source.id}.txt`);
      writeFileSync(textFile, text.endsWith('\n') ? text : `${text}\n`);
      written.push(textFile);
    }
  }
  return written;
}
