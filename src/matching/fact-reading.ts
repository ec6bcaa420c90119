import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Fact, Unsaid } from '../facts/fact';
import type { Language } from '../core/languages';
import { answeredKinds, askedKind, askedTime, countedByPhrasings, type AnswerKind, type AskedTime } from './answer-kinds';
import { foldWord, forEachWord, termOf } from './normalize';
import { profilesIndex, type ProfilesIndex } from './letter-profile';
import type { FieldTerms } from './search-index';

/** What the features read from a candidate fact: its terms, the phrasings a question may echo, the kinds of answer it gives. */
export interface FactReading {
  /** Every term of every field. */
  terms: ReadonlySet<string>;
  /** The title and each alternate question as term lists, with the kind of answer each asks for. */
  phrasings: readonly Phrasing[];
  /** The title and each alternate question as written, letter by letter (see letterSimilarity). */
  phrasingLetters: ProfilesIndex;
  /** The kinds of question it answers (see answeredKinds). */
  kinds: ReadonlySet<AnswerKind>;
  /** What its "how many" questions count (see countedTerms); empty when it answers none. */
  counted: ReadonlySet<string>;
  /** The ways readers ask what the source does not say about its subject (see Unsaid), each with the entry it belongs to. */
  unsaid: readonly UnsaidPhrasing[];
  /** Those questions as written, letter by letter. */
  unsaidLetters: ProfilesIndex;
}

export interface UnsaidPhrasing extends Phrasing {
  /** Its place in the fact's `unsaid` list. */
  entry: number;
  /** Its terms that none of the fact's own questions (or its title) holds: what tells it apart from what the fact answers. */
  distinct: readonly string[];
}

export interface Phrasing {
  terms: readonly string[];
  asks: AnswerKind | null;
  time: AskedTime | null;
}

/** What the index keeps of a fact while adding it, then lets go: its terms per field, its names, its spellings. */
export interface IndexText {
  fields: FieldTerms;
  /** Terms the fact writes as names (capitalised inside a sentence): "Sudani", "Erbil". */
  names: ReadonlySet<string>;
  /** Its words as written (folded), for spelling correction. */
  words: ReadonlySet<string>;
}

/**
 * How many times a fact's text has been read (normalised): tests check that an edit reads only
 * the fact it changed. `ids`, when a test sets it, collects which facts were read.
 */
export const readingStats: { reads: number; ids: string[] | undefined } = { reads: 0, ids: undefined };

/** A run of names has a second capital after a space, or after "al-" (NAME_RUN's second word). */
const CAPITAL_AFTER_SPACE = /[\s-]\p{Lu}/u;
const NAME_RUN = /\p{Lu}[\p{L}-]*(?:\s+(?:of\s+|the\s+|al-)?\p{Lu}[\p{L}-]*)+/gu;

/** Initialisms of the names a text spells out: "Operation Inherent Resolve" is also "oir", "Kataib Hezbollah" "kh". */
export function initialisms(text: string, language: Language = 'en'): string[] {
  return initialismsOfRuns(nameRuns(text), language);
}

/** The capitalised words of each run of names in a text: the part of initialisms that no language's rules change. */
function nameRuns(text: string): string[][] {
  // Most of a big base's text has no second capital in a row: one quick scan says so.
  if (!CAPITAL_AFTER_SPACE.test(text)) return [];
  return [...text.matchAll(NAME_RUN)].map((run) => run[0].split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)));
}

function initialismsOfRuns(runs: readonly string[][], language: Language): string[] {
  const found = new Set<string>();
  for (const run of runs) {
    // "The Dutch" is no name: a capitalised stop word only starts the sentence.
    const capitals = run.filter((word) => termOf(foldWord(word), language) !== '').map((word) => foldWord(word[0]!));
    if (capitals.length >= 2 && capitals.length <= 6) found.add(capitals.join(''));
  }
  return [...found];
}

/** The name runs of the fact read last: each language reads a fact in turn, and an untranslated fact's title and answer are the same text. */
let lastRuns: { title: string; keywords: string; answer: string; runs: string[][] } | undefined;

function factInitialisms(title: string, keywordList: readonly string[], answer: string, language: Language): string[] {
  const keywords = keywordList.join(', ');
  if (lastRuns?.title !== title || lastRuns.keywords !== keywords || lastRuns.answer !== answer) {
    lastRuns = { title, keywords, answer, runs: nameRuns(`${title}. ${keywords}. ${answer}`) };
  }
  return initialismsOfRuns(lastRuns.runs, language);
}

/** What indexing gathers from a fact's words besides its terms. */
interface Gathered {
  /** Its words as written (folded), in the order read. */
  words: Set<string>;
  names: Set<string>;
}

/** The distinct terms of a text, in order; gathering, when asked, its spellings and (for `namesToo`) its names on the way. */
function termsOf(text: string, language: Language, gather?: Gathered, namesToo = false): string[] {
  const terms = new Set<string>();
  forEachWord(text, language, (folded, term, capitalised) => {
    if (term) {
      terms.add(term);
      if (namesToo && gather && capitalised) gather.names.add(term);
    }
    // The words of a name of several words are words the facts use too: a typo beside one of them
    // ("prime minster") is corrected to its other word, not the one next to a word the facts use
    // elsewhere ("price").
    if (gather) for (const word of folded.split(' ')) gather.words.add(word);
  });
  return [...terms];
}

/**
 * The text a fact is searched by in a language: its Dutch block for Dutch, else its English
 * fields (a fact a moderator has not yet translated is still found by its names). The keywords
 * are mostly names, so both languages search them.
 */
function textsOf(fact: Fact, language: Language): { title: string; questions: readonly string[]; answer: string } {
  return language === 'nl' && fact.nl ? fact.nl : fact;
}

/** Reads the words of every field once (gathering, for the index, the fact's spellings and names). */
function readFields(fact: Fact, language: Language, gather?: Gathered) {
  readingStats.reads += 1;
  readingStats.ids?.push(fact.id);
  const text = textsOf(fact, language);
  const title = termsOf(text.title, language, gather, true);
  const questions = text.questions.map((question) => termsOf(question, language, gather));
  const keywords = [...termsOf(fact.keywords.join(' . '), language, gather), ...factInitialisms(text.title, fact.keywords, text.answer, language)];
  return { text, title, questions, keywords, answer: termsOf(text.answer, language, gather, true) };
}

/** What the index adds (or, read again, removes) for a fact in a language. */
export function indexTextOf(fact: Fact, language: Language): IndexText {
  const gathered: Gathered = { words: new Set(), names: new Set() };
  const { title, questions, keywords, answer } = readFields(fact, language, gathered);
  // The words of its unsaid questions are words, not typos of the facts' words: "how many people
  // ATTENDED the protest" must not be read as "extended" (they are spellings only, never searched).
  for (const entry of fact.unsaid ?? []) for (const question of unsaidIn(entry, language).questions) termsOf(question, language, gathered);
  // concat and a plain object: flat() and a spread were a few per cent of a big build.
  return { fields: { title, questions: ([] as string[]).concat(...questions), keywords, answer }, words: gathered.words, names: gathered.names };
}

/** An unsaid entry's questions in a language: its Dutch ones for Dutch, else the English ones (their names still find it). */
export function unsaidIn(entry: Unsaid, language: Language): { note: string; questions: readonly string[] } {
  return language === 'nl' && entry.nl ? entry.nl : entry;
}

/**
 * The unsaid questions as term lists, leaving out any whose terms a question the fact answers
 * holds all of: read alike, the two could not be told apart ("naam commandant kataib hezbollah" and
 * "wat zei de commandant van kataib hezbollah" keep the same words), and the fact answers.
 */
function readUnsaid(fact: Fact, language: Language, answered: readonly Phrasing[]): UnsaidPhrasing[] {
  const answeredTerms = answered.map((phrasing) => new Set(phrasing.terms));
  const said = new Set(answered.flatMap((phrasing) => phrasing.terms));
  return (fact.unsaid ?? []).flatMap((entry, at) =>
    unsaidIn(entry, language).questions.flatMap((question) => {
      const terms = termsOf(question, language);
      const tellsApart = terms.length > 0 && !answeredTerms.some((own) => own.size === new Set(terms).size && terms.every((term) => own.has(term)));
      return tellsApart ? [{ terms, asks: askedKind(question, language), time: askedTime(question, language), entry: at, distinct: terms.filter((term) => !said.has(term)) }] : [];
    }),
  );
}

function readFact(fact: Fact, language: Language): FactReading {
  const { text, title, questions, keywords, answer } = readFields(fact, language);
  const asked = [text.title, ...text.questions];
  const phrasings = asked.flatMap((phrasing, at) => {
    const terms = at === 0 ? title : questions[at - 1]!;
    return terms.length > 0 ? [{ terms, asks: askedKind(phrasing, language), time: askedTime(phrasing, language) }] : [];
  });
  return {
    terms: new Set([...title, ...questions.flat(), ...keywords, ...answer]),
    phrasings,
    phrasingLetters: profilesIndex(asked),
    kinds: answeredKinds(asked, language),
    counted: countedByPhrasings(asked, language),
    unsaid: readUnsaid(fact, language, phrasings),
    unsaidLetters: profilesIndex((fact.unsaid ?? []).flatMap((entry) => unsaidIn(entry, language).questions)),
  };
}

/** Readings kept for the facts questions turned up lately; a bound, so the cache costs the same at any size of fact base. */
const CACHED_READINGS = 4096;
const readings = new LRUCache<string, FactReading>({ max: CACHED_READINGS });

/** Each fact object's keys, so that a fact met again as a candidate is not hashed again (a store hands out a new object when a fact changes). */
const keysOfFact = new WeakMap<Fact, Partial<Record<Language, string>>>();

/** The language and a hash of the text read in it: the same content reads the same, and the cache holds no second copy of the text. */
function readingKey(fact: Fact, language: Language): string {
  let keys = keysOfFact.get(fact);
  if (!keys) keysOfFact.set(fact, (keys = {}));
  let key = keys[language];
  if (key === undefined) {
    const text = textsOf(fact, language);
    key = keys[language] = `${language}:${createHash('sha1').update(JSON.stringify([text.title, text.questions, fact.keywords, text.answer, fact.unsaid ?? []])).digest('base64')}`;
  }
  return key;
}

/** A fact's reading in a language, from the cache when its text was read before (least recently used readings leave first). */
export function readingOf(fact: Fact, language: Language): FactReading {
  const key = readingKey(fact, language);
  let reading = readings.get(key);
  if (!reading) readings.set(key, (reading = readFact(fact, language)));
  return reading;
}
