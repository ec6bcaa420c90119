import { describe, expect, it } from 'vitest';
import { closestCosine, letterProfile, profilesIndex } from '../../src/matching/letter-profile';

const cosine = (a: string, b: string) => closestCosine(letterProfile(a), profilesIndex([b]));

describe('letter profiles', () => {
  it("give scikit-learn's cosine for its char_wb runs of three to five letters, without idf", () => {
    // TfidfVectorizer(analyzer='char_wb', ngram_range=(3, 5), sublinear_tf=True, use_idf=False) gives these.
    expect(cosine('how many dutch soldiers go to iraq', 'how mnay soldiers are going to iraq')).toBeCloseTo(0.6203228, 5);
    // Words shorter than a run count once, whole ("a", "ii"), and a repeated run weighs 1 + ln(count).
    expect(cosine('a an and ii', 'an ii ox')).toBeCloseTo(0.5991310, 5);
  });

  it('read a text the same whatever its case, accents and punctuation', () => {
    expect(cosine('Hoeveel soldaten gaan naar Irak?', 'hoeveel soldaten gaan naar irak')).toBeCloseTo(1, 6);
    expect(cosine('één café', 'een cafe')).toBeCloseTo(1, 6);
  });

  it('score texts that share no run at 0, and an empty text at 0', () => {
    expect(cosine('how many dutch soldiers go to iraq', 'who kidnapped elizabeth tsurkov')).toBe(0);
    expect(cosine('', 'who kidnapped elizabeth tsurkov')).toBe(0);
  });

  it('rate a misspelt question closer to its phrasing than to another', () => {
    const question = 'how mnay soldjers r going';
    expect(cosine(question, 'How many soldiers are going?')).toBeGreaterThan(cosine(question, 'How many rockets hit the base?'));
  });

  it("give a fact's closest phrasing: the best of its texts' cosines, each text scored on its own", () => {
    const question = letterProfile('who kidnapped tsurkov');
    const texts = ['How many soldiers are going?', 'Who kidnapped Elizabeth Tsurkov?', 'who took tsurkov'];
    const index = profilesIndex(texts);
    const each = texts.map((text) => closestCosine(question, profilesIndex([text])));
    expect(closestCosine(question, index)).toBeCloseTo(Math.max(...each), 6);
    expect(each[1]).toBeGreaterThan(each[2]!);
    expect(closestCosine(question, profilesIndex([]))).toBe(0);
  });
});
