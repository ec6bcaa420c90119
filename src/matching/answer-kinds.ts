import type { Language } from '../core/languages';
import { chatSpelledOut, foldWord, isWholeNumber, readWords } from './normalize';

/** The kinds of answer a question can ask for, read from its question words. */
export type AnswerKind = 'age' | 'number' | 'date' | 'person' | 'place' | 'reason';

const ASKS: ReadonlyArray<readonly [AnswerKind, RegExp]> = [
  // An age is a number, but a fact that holds numbers ("in 2016") rarely holds anyone's age.
  ['age', /\bhow old\b|\bwhat age\b|\bage of\b/],
  ['number', /\bhow (many|much|big|large)\b|\bnumber of\b/],
  ['date', /\bwhen\b|\b(what|which) (year|date|month|day)\b|\bhow long ago\b/],
  ['reason', /\bwhy\b|^\s*y\b|\bhow come\b|\bwhat for\b|\breasons?\b|\bpurpose\b/],
  // Asking for a name is asking for a person more often than not, and the cross-validation agreed
  // (README, tenth session): "what is the name of the KH commander" asks what "who" does.
  ['person', /\bwho(m|se|s)?\b|\bwhat(s| is| was| are| were)? (the |his |her |their |its )?(full |official )?names?\b|\bname of\b/],
  ['place', /\bwhere\b/],
];

const DUTCH_ASKS: ReadonlyArray<readonly [AnswerKind, RegExp]> = [
  ['age', /\bhoe oud\b|\bleeftijd\b/],
  ['number', /\bhoeveel\b|\bhvl\b|\bhoe (groot|veel)\b|\baantal\b/],
  ['date', /\bwanneer\b|\bwnn?r\b|\b(welk|welke|in welk) (jaar|datum|maand|dag)\b|\bhoe lang geleden\b|\bsinds wanneer\b|\btot wanneer\b/],
  ['reason', /\bwaarom\b|\bwrm\b|\bhoezo\b|\bwaarvoor\b|\bredenen?\b/],
  ['person', /\bwie\b|\bwiens\b|\bhoe (heet|heten|heette|heetten)\b|\bwat is de naam\b|\bnaam van\b/],
  // "Is het waar dat..." and "waar of niet" ask whether something is true, not where.
  ['place', /(?<!\bhet )\bwaar\b(?! (dat|of))/],
];

/**
 * One pattern per language, each kind's words a capturing group: a regular expression matches at
 * the first place any of them does, so the first question word asks ("when did they start
 * limiting how many dollars" asks for a date), and where two start at the same word the kind
 * listed first does.
 */
function firstWordPattern(kinds: ReadonlyArray<readonly [AnswerKind, RegExp]>): RegExp {
  return new RegExp(kinds.map(([kind, pattern]) => `(?<${kind}>${pattern.source})`).join('|'));
}

const ASKS_BY_LANGUAGE: Readonly<Record<Language, RegExp>> = { en: firstWordPattern(ASKS), nl: firstWordPattern(DUTCH_ASKS) };

/** The kind of answer a question asks for, if its question words say. */
export function askedKind(question: string, language: Language = 'en'): AnswerKind | null {
  // Question words typed as chat ("wen", "hw many", "hoevel") ask what the words meant ask.
  const found = ASKS_BY_LANGUAGE[language].exec(chatSpelledOut(question, language));
  if (!found?.groups) return null;
  for (const [kind, captured] of Object.entries(found.groups)) if (captured !== undefined) return kind as AnswerKind;
  return null;
}

/**
 * The kinds of question a fact answers: those its curated title and alternate questions ask.
 * Not every number in an answer answers "how many" ("120 Dutch soldiers" does not say how many
 * Estonians took over), so the answer's own text is not read for this; the curators' questions
 * are (measured: reading numbers and dates in the answer too lowered precision on the tuning sets).
 */
export function answeredKinds(phrasings: readonly string[], language: Language = 'en'): Set<AnswerKind> {
  const kinds = new Set<AnswerKind>();
  for (const phrasing of phrasings) {
    const kind = askedKind(phrasing, language);
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/**
 * When what a question asks about happens: done before ("how many HAVE served", "has it deployed")
 * or now and to come ("how many ARE they sending", "will they go"). "How many soldiers is the
 * Netherlands sending?" and "has the Netherlands deployed many soldiers?" share every word but ask
 * about two different groups of soldiers. Null when the wording does not say.
 */
export type AskedTime = 'before' | 'coming';

const TIMES: Readonly<Record<Language, ReadonlyArray<readonly [AskedTime, RegExp]>>> = {
  en: [
    ['before', /\b(have|has|had|haven't|hasn't|hadn't|havent|hasnt)\b(\s+\w+){0,4}?\s+(been|\w+ed|gone|done|sent|went|seen|taken|fought)\b|\b(so far|in the past|over the (past )?years|previously|ago)\b/],
    ['coming', /\b(is|are|am|isn't|aren't|isnt|arent|r)\b(\s+\w+){0,4}?\s+\w+ing\b|\b(will|won't|wont|going to|gonna|about to|next|upcoming|soon)\b/],
  ],
  nl: [
    ['before', /\b(heeft|hebben|had|hadden|hebt|heb)\b(\s+\w+){0,5}?\s+ge\w+(d|t|en)\b|\b(tot nu toe|in het verleden|vroeger|eerder|al eens)\b/],
    ['coming', /\b(gaat|gaan|ga|zal|zullen|zult|komende?|binnenkort|straks)\b/],
  ],
};

/** When what the question asks about happens, if its wording says (see AskedTime). */
export function askedTime(question: string, language: Language = 'en'): AskedTime | null {
  const lowered = foldWord(question);
  return TIMES[language].find(([, pattern]) => pattern.test(lowered))?.[0] ?? null;
}

/** Where a question says what it counts: the words after these ("how many OFFICERS", "hoeveel MILITAIREN"). */
const COUNTING: Readonly<Record<Language, RegExp>> = {
  en: /\b(?:how (?:many|much)|number of|amount of)\s+(?:of (?:the |those |these )?)?([^?.!,;]{0,80})/,
  nl: /\b(?:hoeveel|hvl|hoe veel|aantal)\s+(?:van (?:de |die |deze )?)?([^?.!,;]{0,80})/,
};

/** Words read after the counting words: the thing counted is among the first few ("how many Dutch OFFICERS train..."). */
const COUNTED_WORDS = 3;

/**
 * The terms of what a question counts ("how many Dutch officers" counts officers, and Dutch
 * ones): the first words after its counting words, up to the first word that carries no meaning.
 * Empty when it counts nothing it names ("how much will it cost").
 */
export function countedTerms(question: string, language: Language = 'en'): string[] {
  const found = COUNTING[language].exec(chatSpelledOut(question, language));
  if (!found) return [];
  const counted: string[] = [];
  for (const word of readWords(found[1], language)) {
    if (!word.term) break;
    if (isWholeNumber(word.term)) continue;
    counted.push(word.term);
    if (counted.length === COUNTED_WORDS) break;
  }
  return counted;
}

/** What a fact's curated questions count ("how many soldiers...", "number of NL troops"): see countedTerms. */
export function countedByPhrasings(phrasings: readonly string[], language: Language = 'en'): Set<string> {
  return new Set(phrasings.flatMap((phrasing) => countedTerms(phrasing, language)));
}
