import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Language } from '../core/languages';
import { askedKind, askedTime, countedTerms, type AnswerKind, type AskedTime } from './answer-kinds';
import { foldWord, NORMALIZE_LIMITS, readWords, type Word } from './normalize';
import { letterProfile, type LetterProfile } from './letter-profile';


export interface QueryTerm {
  term: string;
  /** 1 for the sentence that asks; less for the chat around it. */
  weight: number;
  /** The verb or adjective the question asks about ("how OLD", "when was it FOUNDED"), not its subject. */
  predicate: boolean;
  /** Written as a name. */
  name: boolean;
  /** As typed, for spelling. */
  folded: string;
  /** How surely the term is the word meant, when it was read as a misspelling of another; 1 when absent. */
  credit?: number;
}

export interface QuestionReading {
  /** False when the input held nothing but spaces. */
  hasText: boolean;
  /** False when the input had no letters or digits at all (emoji, punctuation, binary noise). */
  hasWords: boolean;
  terms: QueryTerm[];
  asks: AnswerKind | null;
  /** What it counts, when it asks how many (see countedTerms). */
  counted?: readonly string[];
  /** When what it asks about happens, if its wording says (see AskedTime). */
  time: AskedTime | null;
  /** Numbers the asker guessed ("didn't they say 300 soldiers?"), set aside from the terms searched for. */
  guessedNumbers?: number;
  /** The whole message letter by letter, with the words it respells, to compare with the facts' phrasings as written (see letterSimilarity). */
  letters: LetterProfile;
}

/** Chat around a question counts for this much of a word in the sentence that asks. */
const CONTEXT_WEIGHT = 0.35;
/** Part-of-speech tagging is only needed for the sentence that asks, and that is short. */
const MAX_TAGGED_CHARS = 300;

/** "Do" is a word of its own only as a main verb ("what will they be DOING"), never as an auxiliary. */
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did', 'doing', 'done']);

const ASKING_START: Readonly<Record<Language, RegExp>> = {
  en: /^\s*(who|whom|whose|what|whats|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/i,
  nl: /^\s*(wie|wiens|wat|welke?|wanneer|waar|waarom|hoe|hoeveel|hoezo|is|zijn|was|waren|heeft|hebben|had|kan|kon|zal|zou|wordt|werd|gaat|gaan|doet|moet)\b/i,
};

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence that asks: the last one with a question mark, else the last that opens like a question, else all. */
function askingSentence(text: string, language: Language): { asking: string; rest: string } {
  const sentences = [...segmenter.segment(text)].map((part) => part.segment);
  if (sentences.length <= 1) return { asking: text, rest: '' };
  let index = sentences.findLastIndex((sentence) => sentence.includes('?'));
  if (index < 0) index = sentences.findLastIndex((sentence) => ASKING_START[language].test(sentence));
  if (index < 0) return { asking: text, rest: '' };
  return { asking: sentences[index]!, rest: sentences.filter((_, at) => at !== index).join(' ') };
}

/**
 * The asking sentence's words and their parts of speech. The last sentence tagged is kept: a
 * question with a misspelt word is read twice (see readQuestion's `respelt`), and tagging is most
 * of a reading's time.
 */
let lastTagged: { sentence: string; values: string[]; tags: string[] } | undefined;

function partsOfSpeech(sentence: string): { values: string[]; tags: string[] } {
  if (lastTagged?.sentence !== sentence) {
    const doc = nlp.readDoc(sentence.slice(0, MAX_TAGGED_CHARS));
    lastTagged = { sentence, values: doc.tokens().out(its.value) as string[], tags: doc.tokens().out(its.pos) as string[] };
  }
  return lastTagged;
}

/** The verbs and adjectives of the asking sentence, and its auxiliaries ("do" in "when do they start"), by spelling. */
function tagWords(sentence: string, respelt?: ReadonlyMap<string, string>): { predicates: Set<string>; auxiliaries: Set<string> } {
  const { values, tags } = partsOfSpeech(sentence);
  const predicates = new Set<string>();
  const auxiliaries = new Set<string>();
  tags.forEach((tag, at) => {
    const typed = foldWord(values[at]!);
    const word = respelt?.get(typed) ?? typed;
    // "Do" helps another verb ("when DO they start"), or is the verb itself ("what will they DO").
    const helpsAVerb = tags.slice(at + 1).includes('VERB');
    if (tag === 'VERB' || tag === 'ADJ' || (tag === 'AUX' && DO_FORMS.has(word) && !helpsAVerb)) predicates.add(word);
    else if (tag === 'AUX') auxiliaries.add(word);
  });
  for (const word of predicates) auxiliaries.delete(word);
  return { predicates, auxiliaries };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The text with each word found in `respelt` (by its folded spelling) written as it says. */
function respell(text: string, respelt: ReadonlyMap<string, string>): string {
  return text.replace(WORD, (word) => respelt.get(foldWord(word)) ?? word);
}

/**
 * Reads a user's question: its terms, which of them are asked about, and the kind of answer wanted.
 * With `respelt` (misspelt words, folded, and the words meant), the question is read as if typed
 * with those words; which words are verbs is still read from what was typed, so it is tagged once.
 */
export function readQuestion(input: unknown, language: Language = 'en', respelt?: ReadonlyMap<string, string>): QuestionReading {
  const text = typeof input === 'string' ? input.slice(0, NORMALIZE_LIMITS.maxInputChars) : '';
  if (text.trim() === '') return { hasText: false, hasWords: false, terms: [], asks: null, time: null, letters: letterProfile('') };
  const typed = askingSentence(text, language);
  // The part-of-speech model is English; a Dutch question is read without predicates.
  const { predicates, auxiliaries } = language === 'en' ? tagWords(typed.asking, respelt) : { predicates: new Set<string>(), auxiliaries: new Set<string>() };
  const { asking, rest } = respelt ? { asking: respell(typed.asking, respelt), rest: respell(typed.rest, respelt) } : typed;
  const terms = new Map<string, QueryTerm>();
  const add = (words: Word[], weight: number, tagged: boolean) => {
    for (const word of words) {
      if (!word.term || terms.size >= NORMALIZE_LIMITS.maxQueryTerms) continue;
      if (language === 'en' && DO_FORMS.has(word.folded) && (!tagged || auxiliaries.has(word.folded))) continue;
      const known = terms.get(word.term);
      if (known && known.weight >= weight) continue;
      terms.set(word.term, { term: word.term, weight, predicate: tagged && predicates.has(word.folded), name: word.capitalised, folded: word.folded });
    }
  };
  const askingWords = readWords(asking, language);
  add(askingWords, 1, true);
  add(readWords(rest, language), CONTEXT_WEIGHT, false);
  const asks = askedKind(asking, language);
  // Only a question asking for a number counts anything (and reading what it counts costs time).
  const counted = asks === 'number' ? countedTerms(asking, language) : [];
  return { hasText: true, hasWords: /[\p{L}\p{N}]/u.test(text), terms: [...terms.values()], asks, time: askedTime(asking, language), counted, letters: letterProfile(respelt ? respell(text, respelt) : text) };
}
