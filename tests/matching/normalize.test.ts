import { describe, expect, it } from 'vitest';
import { fieldTerms, NORMALIZE_LIMITS, readWords, termOf } from '../../src/matching/normalize';

const terms = (text: unknown) => readWords(text).map((word) => word.term).filter(Boolean);

describe('reading the words of a text', () => {
  it('ignores case, accents and punctuation', () => {
    expect(terms('MILITIAS!!! in Erbil...')).toEqual(terms('militias in erbil'));
    expect(readWords('Café résumé').map((word) => word.folded)).toEqual(['cafe', 'resume']);
  });

  it('reads a possessive as its owner, with straight or curly apostrophes', () => {
    expect(terms("Iraq's parliament")).toEqual(['iraq', 'parliament']);
    expect(terms('Iraq\u2019s parliament')).toEqual(['iraq', 'parliament']);
    expect(terms("the soldiers' base")).toEqual(['soldier', 'base']);
  });

  it('stems the forms of a word to one term', () => {
    expect(new Set(terms('strengthen strengthens strengthened strengthening')).size).toBe(1);
  });

  it('reads chat spellings as the word meant', () => {
    expect(readWords('u r wen govt').map((word) => word.folded)).toEqual(['you', 'are', 'when', 'government']);
    expect(terms('govt')).toEqual(terms('government'));
  });

  it('reads the words of one synonym group, and its phrases, as one term', () => {
    expect(new Set(terms('kidnapping kidnapped kidnappers abducted hostage')).size).toBe(1);
    expect(terms('pull out')).toEqual(terms('withdrawal'));
    expect(terms('troops')).toEqual(terms('soldiers'));
  });

  it('reads "US" and a lower-case "us" that is not a pronoun as the country, but not the "us" in "tell us"', () => {
    const america = termOf('america');
    expect(terms('US troops')).toContain(america);
    expect(terms('the us base')).toContain(america);
    expect(terms('Tell US about it')).toContain(america);
    for (const before of ['tell', 'give', 'for', 'with']) expect(terms(`${before} us about the base`)).not.toContain(america);
  });

  it('reads British spellings as the American ones', () => {
    expect(terms('armoured defence centre')).toEqual(terms('armored defense center'));
  });

  it('reads small written-out numbers and ordinals as digits', () => {
    expect(terms('twelve officers')).toEqual(terms('12 officers'));
    expect(terms('the 1st of January')).toEqual(terms('1 January'));
  });

  it('flags a word capitalised inside a sentence as a name, but not a sentence opener or "I"', () => {
    const words = readWords('Where is the base? Sudani said Iraq. I think Erbil.');
    const flagged = words.filter((word) => word.capitalised).map((word) => word.folded);
    expect(flagged).toEqual(['iraq', 'erbil']);
  });

  it('drops stop words', () => {
    expect(terms('what is the')).toEqual([]);
  });
});

describe('reading awkward input', () => {
  it('returns no words for blank, emoji-only or non-string input', () => {
    for (const input of ['', '   \n\t', '🎉🙂🔥', '?!...', undefined, null, 42, { toString: () => 'soldiers' }, ['soldiers']]) {
      expect(readWords(input)).toEqual([]);
    }
  });

  it('looks only at the first NORMALIZE_LIMITS.maxInputChars characters', () => {
    const words = readWords('word '.repeat(NORMALIZE_LIMITS.maxInputChars));
    expect(words.length).toBe(Math.ceil(NORMALIZE_LIMITS.maxInputChars / 'word '.length));
    expect(readWords(`${'x '.repeat(NORMALIZE_LIMITS.maxInputChars)} militias`).map((word) => word.folded)).not.toContain('militias');
  });

  it('skips "words" longer than NORMALIZE_LIMITS.maxWordLength and keeps one of exactly that length', () => {
    const limit = NORMALIZE_LIMITS.maxWordLength;
    const folded = readWords(`${'a'.repeat(limit + 1)} base ${'b'.repeat(limit)}`).map((word) => word.folded);
    expect(folded).toEqual(['base', 'b'.repeat(limit)]);
  });

  it('keeps at most NORMALIZE_LIMITS.maxFieldTerms distinct terms from one field', () => {
    // Short distinct words, so that more than the limit fit within maxInputChars.
    const words = Array.from({ length: NORMALIZE_LIMITS.maxInputChars / 4 }, (_, at) => `q${at.toString(36).padStart(2, '0')}`);
    expect(new Set(readWords(words.join(' ')).map((word) => word.term)).size).toBeGreaterThan(NORMALIZE_LIMITS.maxFieldTerms);
    expect(fieldTerms(words.join(' '))).toHaveLength(NORMALIZE_LIMITS.maxFieldTerms);
  });

  it('reads names of built-in object members as plain words', () => {
    const words = readWords('constructor __proto__ toString hasOwnProperty valueOf');
    expect(words.map((word) => word.folded)).toEqual(['constructor', 'proto', 'tostring', 'hasownproperty', 'valueof']);
    for (const word of words) expect(typeof word.term).toBe('string');
    expect(termOf('constructor')).toBe('constructor');
  });
});
