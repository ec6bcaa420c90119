import type { IFuseOptions } from 'fuse.js';

/** One phrasing of a candidate fact (its title or an alternate question) as normalised terms. */
export interface PhrasingRecord {
  position: number;
  text: string;
}

/**
 * The one Fuse.js configuration of the bot: how closely a question echoes a fact's phrasing.
 * Both sides are normalised terms, so Fuse only scores word overlap with typo tolerance: token
 * search gives each word its own fuzzy match, and location is ignored because a word may sit
 * anywhere in a question.
 */
export const PHRASING_FUSE_OPTIONS: Readonly<IFuseOptions<PhrasingRecord>> = Object.freeze({
  keys: Object.freeze(['text']) as unknown as IFuseOptions<PhrasingRecord>['keys'],
  includeScore: true,
  shouldSort: false,
  isCaseSensitive: true,
  ignoreLocation: true,
  useTokenSearch: true,
  tokenMatch: 'any',
  threshold: 0.4,
});
