import { isMap, isSeq, parseDocument } from 'yaml';

/**
 * A curated file cut into the text pieces the exporter splices: everything before the first
 * fact (header comments, `facts:`), then each fact's own text. Unchanged facts are copied back
 * byte for byte, so an export only touches the facts that really changed.
 */
export interface KnowledgeFileChunks {
  prefix: string;
  items: FactChunk[];
}

export interface FactChunk {
  id: string | undefined;
  /** The item as plain data, for comparing field values. */
  raw: Record<string, unknown> | undefined;
  /** The item's own lines. */
  body: string;
  /** Blank and comment lines after it: they introduce the next fact, so they stay put. */
  trailer: string;
  /** Each field's text inside body (the first one carries the "- "), by key. */
  fields: Map<string, string>;
}

/** A file whose `facts:` list is empty (`facts:` or `facts: []`) as its last line. */
const EMPTY_LIST = /^([\s\S]*\n)?facts:[ \t]*(?:\[\])?[ \t]*\n?\s*$/;

/** Comments for the next fact sit at the list's indent or less; deeper lines belong to this fact. */
const TRAILER_LINE = /^(?: {0,2}#.*| *)$/;

/** Undefined when the file has no block-style `facts:` list to splice (then it is rewritten whole). */
export function chunkKnowledgeFile(source: string): KnowledgeFileChunks | undefined {
  const text = source.endsWith('\n') ? source : `${source}\n`;
  const document = parseDocument(text);
  if (document.errors.length > 0) return undefined;
  const list = document.get('facts', true);
  const emptyList = EMPTY_LIST.exec(text);
  if (emptyList && (list === null || list === undefined || (isSeq(list) && list.items.length === 0))) return { prefix: `${emptyList[1] ?? ''}facts:\n`, items: [] };
  if (!isSeq(list) || list.flow || list.items.length === 0) return undefined;

  const starts = list.items.map((item) => lineStart(text, (item as { range?: [number] }).range?.[0] ?? -1));
  if (starts.some((start) => start < 0)) return undefined;
  const items = starts.map((start, index): FactChunk => {
    const end = starts[index + 1] ?? text.length;
    const { body, trailer } = splitTrailer(text.slice(start, end));
    const node = list.items[index];
    const raw = isMap(node) ? (node.toJSON() as Record<string, unknown>) : undefined;
    const fields = new Map<string, string>();
    if (isMap(node)) {
      const fieldStarts = node.items.map((pair) => lineStart(text, (pair.key as { range?: [number] }).range?.[0] ?? -1));
      fieldStarts.forEach((fieldStart, position) => {
        const key = String((node.items[position]!.key as { value?: unknown }).value);
        fields.set(key, text.slice(fieldStart, fieldStarts[position + 1] ?? start + body.length));
      });
    }
    return { id: typeof raw?.id === 'string' ? raw.id : undefined, raw, body, trailer, fields };
  });
  return { prefix: text.slice(0, starts[0]), items };
}

function lineStart(text: string, position: number): number {
  return position < 0 ? -1 : text.lastIndexOf('\n', position - 1) + 1;
}

function splitTrailer(chunk: string): { body: string; trailer: string } {
  const lines = chunk.slice(0, -1).split('\n');
  let keep = lines.length;
  while (keep > 1 && TRAILER_LINE.test(lines[keep - 1]!)) keep -= 1;
  const join = (part: string[]) => (part.length === 0 ? '' : `${part.join('\n')}\n`);
  return { body: join(lines.slice(0, keep)), trailer: join(lines.slice(keep)) };
}
