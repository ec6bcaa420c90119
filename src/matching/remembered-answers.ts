import { LRUCache } from 'lru-cache';
import type { Language } from '../core/languages';
import type { FactMatcher, MatchResult } from './types';

/**
 * Questions remembered with their match, so a question asked again (the popular ones are, in a
 * busy channel) costs a lookup instead of a reading. Long pastes are not remembered: they are
 * rarely repeated, and would crowd out the short questions that are.
 */
export const REMEMBERED_ANSWERS = Object.freeze({ questions: 2_000, maxQuestionChars: 300 });

/**
 * A matcher that remembers its answers until the facts change. It asks whichever matcher
 * `current` returns (the live index swaps in a rebuilt one); whoever changes the facts calls
 * `forget()`, so no answer outlives the fact it came from.
 */
export class RememberingMatcher implements FactMatcher {
  private readonly remembered = new LRUCache<string, MatchResult>({ max: REMEMBERED_ANSWERS.questions });

  constructor(private readonly current: () => FactMatcher) {}

  get size(): number {
    return this.current().size;
  }

  match(question: string, language: Language = 'en'): MatchResult {
    if (typeof question !== 'string' || question.length > REMEMBERED_ANSWERS.maxQuestionChars) return this.current().match(question, language);
    const key = `${language}\u0000${question}`;
    const known = this.remembered.get(key);
    if (known) return known;
    const result = this.current().match(question, language);
    this.remembered.set(key, result);
    return result;
  }

  suggest(partial: string, limit: number, language?: Language) {
    return this.current().suggest(partial, limit, language);
  }

  forget(): void {
    this.remembered.clear();
  }
}
