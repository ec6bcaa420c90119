import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { SourceMetaSchema, type Source } from './source';

/**
 * Reads knowledge/sources/: `<id>.yaml` holds a source's metadata, `<id>.txt` (optional) its
 * text. Returns the sources and every problem found, naming the file and the field.
 */
export function loadSourcesDir(dir: string): { sources: Source[]; problems: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    return { sources: [], problems: [`${dir}: cannot read the sources folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  const sources: Source[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const document = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: false });
    if (document.errors.length > 0) {
      problems.push(`${file}: not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
      continue;
    }
    const parsed = SourceMetaSchema.safeParse(document.toJS());
    if (!parsed.success) {
      problems.push(`${file}: ${parsed.error.issues.map((issue) => `field ${issue.path.join('.') || '(source)'}: ${issue.message}`).join('; ')}`);
      continue;
    }
    const id = name.replace(/\.ya?ml$/, '');
    if (parsed.data.id !== id) {
      problems.push(`${file}: field id: is "${parsed.data.id}" but the file is named after "${id}"; they must agree`);
      continue;
    }
    const textFile = join(dir, `${id}.txt`);
    const text = existsSync(textFile) ? readFileSync(textFile, 'utf8') : undefined;
    sources.push({ ...parsed.data, ...(text === undefined ? {} : { text }), origin: 'knowledge' });
  }
  return { sources, problems };
}
