import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/sources/sentences';

export { splitSentences };

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const KNOWLEDGE_DIR = resolve(REPO_ROOT, 'knowledge');
/** The project's own copy of the article: a clone needs nothing beside it. */
export const REPO_SOURCES_DIR = resolve(KNOWLEDGE_DIR, 'sources');
const ARTICLE_PATH = resolve(REPO_SOURCES_DIR, 'dutch-troops-iraq.txt');

export function readArticle(): string {
  return readFileSync(ARTICLE_PATH, 'utf8');
}

/** The sentences that no quote contains; a quote may span several sentences of one paragraph. */
export function uncoveredSentences(sentences: string[], quotes: string[]): string[] {
  return sentences.filter((sentence) => !quotes.some((quote) => quote.includes(sentence)));
}
