import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const KNOWLEDGE_DIR = resolve(REPO_ROOT, 'knowledge');
/** CI clones the repository next to the shared/ folder, so the article lives beside the repo root. */
export const ARTICLE_PATH = resolve(REPO_ROOT, '..', 'shared', 'sources', 'dutch-troops-iraq.txt');

/** A leftover of the web page, not a claim (see shared/sources/README.md). */
const PAGE_LEFTOVERS = new Set(['Total: € -']);

export function readArticle(): string {
  return readFileSync(ARTICLE_PATH, 'utf8');
}

/**
 * Splits the article into its sentences: paragraphs first, then after ".", "?" or "!"
 * (optionally followed by a closing quote mark) when the next word starts a new sentence.
 * The headline and the rhetorical questions are kept: each of them carries a claim.
 */
export function splitSentences(article: string): string[] {
  return article
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0 && !PAGE_LEFTOVERS.has(paragraph))
    .flatMap((paragraph) => paragraph.split(/(?<=[.?!][”’"]?) +(?=[“"(A-Z])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** The sentences that no quote contains; a quote may span several sentences of one paragraph. */
export function uncoveredSentences(sentences: string[], quotes: string[]): string[] {
  return sentences.filter((sentence) => !quotes.some((quote) => quote.includes(sentence)));
}
