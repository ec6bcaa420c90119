import { foldWord } from './normalize';

/** The kinds of answer a question can ask for, read from its question words. */
export type AnswerKind = 'age' | 'number' | 'date' | 'person' | 'place' | 'reason';

const ASKS: ReadonlyArray<readonly [AnswerKind, RegExp]> = [
  // An age is a number, but a fact that holds numbers ("in 2016") rarely holds anyone's age.
  ['age', /\bhow old\b|\bwhat age\b|\bage of\b/],
  ['number', /\bhow (many|much|big|large)\b|\bnumber of\b/],
  ['date', /\bwhen\b|\b(what|which) (year|date|month|day)\b|\bhow long ago\b/],
  ['reason', /\bwhy\b|\bhow come\b|\bwhat for\b|\breasons?\b/],
  ['person', /\bwho(m|se)?\b/],
  ['place', /\bwhere\b/],
];

const HOLDS_NUMBER = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundreds?|thousands?|dozens?|half|third|quarter)\b/i;
const HOLDS_DATE = /\b(1[89]\d\d|20\d\d)\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b|\bago\b/i;

/** The kind of answer a question asks for, if its question words say. */
export function askedKind(question: string): AnswerKind | null {
  const lowered = foldWord(question);
  return ASKS.find(([, pattern]) => pattern.test(lowered))?.[0] ?? null;
}

/**
 * The kinds of question a fact answers: those its curated title and alternate questions ask,
 * and "how many" or "when" wherever its answer holds a number or a date.
 */
export function answeredKinds(answer: string, phrasings: readonly string[]): Set<AnswerKind> {
  const kinds = new Set<AnswerKind>();
  for (const phrasing of phrasings) {
    const kind = askedKind(phrasing);
    if (kind) kinds.add(kind);
  }
  if (HOLDS_NUMBER.test(answer)) kinds.add('number');
  if (HOLDS_DATE.test(answer)) kinds.add('date');
  return kinds;
}
