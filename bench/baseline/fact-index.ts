import MiniSearch, { type SearchResult } from 'minisearch';
import type { Fact } from '../../src/facts/fact';
import type { Language } from '../../src/core/languages';
import { answeredKinds, askedKind, type AnswerKind } from '../../src/matching/answer-kinds';
import { foldWord, readWords, termOf, type Word } from './normalize';
import { Spelling } from './spelling';

/** A fact as the matcher holds it: its terms, computed once when the fact is added. */
export interface IndexedFact {
  fact: Fact;
  /** Every term of every field. */
  terms: ReadonlySet<string>;
  /** The title and each alternate question as term lists, with the kind of answer each asks for: phrasings a question may echo. */
  phrasings: readonly Phrasing[];
  /** The kinds of question it answers (see answeredKinds). */
  kinds: ReadonlySet<AnswerKind>;
  /** Terms the fact writes as names (capitalised inside a sentence): "Sudani", "Erbil". */
  names: ReadonlySet<string>;
  /** Its words as written (folded), for spelling correction. */
  words: ReadonlySet<string>;
}

export interface Phrasing {
  terms: readonly string[];
  asks: AnswerKind | null;
}

export interface Retrieved {
  entry: IndexedFact;
  /** MiniSearch's BM25 score. */
  score: number;

}

/** Field weights for retrieval: the curated phrasings say what a fact answers better than its prose. */
const FIELD_BOOST = Object.freeze({ title: 2, questions: 2, keywords: 1.5, answer: 1 });

/** Terms searched per question: enough for any real question, few enough to keep a pasted essay cheap. */
const MAX_SEARCHED_TERMS = 12;
/** A term held by more than this share of the facts (and more than COMMON_MIN_FACTS) is common. */
const COMMON_SHARE = 0.05;
const COMMON_MIN_FACTS = 50;

const NAME_RUN = /\p{Lu}[\p{L}-]*(?:\s+(?:of\s+|the\s+|al-)?\p{Lu}[\p{L}-]*)+/gu;

/** Initialisms of the names a text spells out: "Operation Inherent Resolve" is also "oir", "Kataib Hezbollah" "kh". */
export function initialisms(text: string, language: Language = 'en'): string[] {
  const found = new Set<string>();
  for (const run of text.matchAll(NAME_RUN)) {
    // "The Dutch" is no name: a capitalised stop word only starts the sentence.
    const capitals = run[0].split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word) && termOf(foldWord(word), language) !== '').map((word) => foldWord(word[0]!));
    if (capitals.length >= 2 && capitals.length <= 6) found.add(capitals.join(''));
  }
  return [...found];
}

/** The distinct terms of some words, in order. */
function termsOf(words: readonly Word[]): string[] {
  const terms = new Set<string>();
  for (const word of words) if (word.term) terms.add(word.term);
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

/** Reads every field of a fact once; terms, names and spellings all come from that one reading. */
function indexFact(fact: Fact, language: Language): { entry: IndexedFact; document: Record<string, string> } {
  const text = textsOf(fact, language);
  const read = (field: string) => readWords(field, language);
  const titleWords = read(text.title);
  const questionWords = text.questions.map(read);
  const keywordWords = read(fact.keywords.join(' . '));
  const answerWords = read(text.answer);
  const allWords = [titleWords, ...questionWords, keywordWords, answerWords].flat();
  const title = termsOf(titleWords);
  const questions = questionWords.map(termsOf);
  const keywords = [...termsOf(keywordWords), ...initialisms(`${text.title}. ${fact.keywords.join(', ')}. ${text.answer}`, language)];
  const answer = termsOf(answerWords);
  return {
    entry: {
      fact,
      terms: new Set([...title, ...questions.flat(), ...keywords, ...answer]),
      phrasings: [text.title, ...text.questions].flatMap((phrasing, at) => {
        const terms = at === 0 ? title : questions[at - 1]!;
        return terms.length > 0 ? [{ terms, asks: askedKind(phrasing, language) }] : [];
      }),
      kinds: answeredKinds([text.title, ...text.questions], language),
      names: new Set([...titleWords, ...answerWords].filter((word) => word.capitalised && word.term).map((word) => word.term)),
      words: new Set(allWords.map((word) => word.folded).filter((word) => !word.includes(' '))),
    },
    document: { id: fact.id, title: title.join(' '), questions: questions.flat().join(' '), keywords: keywords.join(' '), answer: answer.join(' ') },
  };
}

function count(counts: Map<string, number>, terms: Iterable<string>, change: 1 | -1): void {
  for (const term of terms) {
    const next = (counts.get(term) ?? 0) + change;
    if (next <= 0) counts.delete(term);
    else counts.set(term, next);
  }
}

/**
 * The searchable facts. Adding, replacing or removing one fact touches only that fact's
 * entries (MiniSearch updates its inverted index in place), so an edit costs the same however
 * many facts there are.
 */
export class FactIndex {
  private readonly search = new MiniSearch<Record<string, string>>({
    fields: ['title', 'questions', 'keywords', 'answer'],
    idField: 'id',
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: { boost: FIELD_BOOST },
  });
  private readonly entries = new Map<string, IndexedFact>();
  private readonly documentFrequency = new Map<string, number>();
  /** How many facts write each term as a name. */
  private readonly nameFrequency = new Map<string, number>();
  readonly spelling = new Spelling();

  constructor(
    facts: readonly Fact[] = [],
    /** The language questions and facts are read in. */
    readonly language: Language = 'en',
  ) {
    for (const fact of facts) this.add(fact);
  }

  get size(): number {
    return this.entries.size;
  }

  get facts(): IterableIterator<IndexedFact> {
    return this.entries.values();
  }

  get(id: string): IndexedFact | undefined {
    return this.entries.get(id);
  }

  /** Adds a fact, or replaces the fact with the same id. */
  add(fact: Fact): void {
    this.remove(fact.id);
    const { entry, document } = indexFact(fact, this.language);
    this.entries.set(fact.id, entry);
    this.search.add(document);
    count(this.documentFrequency, entry.terms, 1);
    count(this.nameFrequency, entry.names, 1);
    this.spelling.add(entry.words);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.search.discard(id);
    count(this.documentFrequency, entry.terms, -1);
    count(this.nameFrequency, entry.names, -1);
    this.spelling.remove(entry.words);
  }

  /** Whether any fact holds the term. */
  knows(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** Whether some fact writes the term as a name, so a question may name it in lower case. */
  isName(term: string): boolean {
    return this.nameFrequency.has(term);
  }

  /** How rare a term is among the facts; a term no fact holds is as rare as can be. */
  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.entries.size + 1) / (df + 0.5));
  }

  /**
   * Facts sharing a term with the query, best BM25 score first. Only the query's most telling
   * terms are searched (the rarest of those with the most weight), so a long message costs no
   * more than a short question.
   */
  retrieve(terms: ReadonlyArray<{ term: string; weight: number }>, limit: number): Retrieved[] {
    if (terms.length === 0 || this.entries.size === 0) return [];
    const known = [...terms]
      .filter(({ term }) => this.documentFrequency.has(term))
      .sort((a, b) => b.weight * this.idf(b.term) - a.weight * this.idf(a.term))
      .slice(0, MAX_SEARCHED_TERMS);
    // A term in many facts finds nothing the rarer ones miss, at the cost of scoring all those facts.
    const commonAbove = Math.max(COMMON_MIN_FACTS, this.entries.size * COMMON_SHARE);
    const rare = known.filter(({ term }) => (this.documentFrequency.get(term) ?? 0) <= commonAbove);
    const telling = rare.length >= 2 ? rare : known.slice(0, Math.max(2, rare.length));
    if (telling.length === 0) return [];
    const weights = new Map(telling.map(({ term, weight }) => [term, weight]));
    const found: SearchResult[] = this.search.search(telling.map(({ term }) => term).join(' '), {
      boostTerm: (term) => weights.get(term) ?? 1,
    });
    return found.slice(0, limit).flatMap((result) => {
      const entry = this.entries.get(String(result.id));
      return entry ? [{ entry, score: result.score }] : [];
    });
  }

  /** Facts whose words start with what the user is typing, for autocomplete. */
  complete(terms: readonly string[], lastPrefix: string | undefined, limit: number): IndexedFact[] {
    const query = [...terms, ...(lastPrefix ? [lastPrefix] : [])].join(' ');
    if (query === '') return [];
    return this.search
      .search(query, { prefix: (term) => term === lastPrefix })
      .slice(0, limit)
      .flatMap((result) => this.entries.get(String(result.id)) ?? []);
  }
}
