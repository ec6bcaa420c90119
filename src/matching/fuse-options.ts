import type { IFuseOptions } from 'fuse.js';
import type { FactRecord } from './indexed-fact';

/**
 * The one Fuse.js configuration of the bot. Records hold normalised text (lower case, no
 * accents, canonical words), so Fuse only has to score word overlap with typo tolerance:
 * token search gives each word its own fuzzy match weighted by rarity, and location is
 * ignored because a word may sit anywhere in a question or answer.
 */
export const FUSE_OPTIONS: Readonly<IFuseOptions<FactRecord>> = Object.freeze({
  keys: Object.freeze([
    Object.freeze({ name: 'title', weight: 3 }),
    Object.freeze({ name: 'questions', weight: 3 }),
    Object.freeze({ name: 'keywords', weight: 2 }),
    Object.freeze({ name: 'answer', weight: 0.5 }),
  ]) as IFuseOptions<FactRecord>['keys'],
  includeScore: true,
  shouldSort: true,
  isCaseSensitive: true,
  ignoreLocation: true,
  useTokenSearch: true,
  tokenMatch: 'any',
  threshold: 0.2,
  fieldNormWeight: 0.5,
});
