import { describe, expect, it } from 'vitest';
import { askedKind, answeredKinds, countedByPhrasings, countedTerms } from '../../src/matching/answer-kinds';
import { NORMALIZE_LIMITS, termOf } from '../../src/matching/normalize';
import { readQuestion } from '../../src/matching/question-reading';

const weightOf = (question: string, word: string) => readQuestion(question).terms.find((term) => term.term === termOf(word))?.weight;

describe('reading a question', () => {
  it('weighs the asking sentence of a chatty message fully and the chat around it less', () => {
    const question = 'Hello bot. I read about the militias yesterday. When does the deployment start? Thanks!';
    expect(weightOf(question, 'deployment')).toBe(1);
    expect(weightOf(question, 'start')).toBe(1);
    const militias = weightOf(question, 'militias');
    expect(militias).toBeGreaterThan(0);
    expect(militias).toBeLessThan(1);
  });

  it('takes the last sentence that opens like a question as the asking one when there is no question mark', () => {
    const question = 'I read about the militias. When does the deployment start';
    expect(weightOf(question, 'deployment')).toBe(1);
    expect(weightOf(question, 'militias')).toBeLessThan(1);
  });

  it('weighs a single sentence fully', () => {
    expect(readQuestion('Tell me about militias').terms.map((term) => term.weight)).toEqual([1]);
  });

  it('drops an auxiliary "do" but keeps "doing" as the verb asked about', () => {
    expect(readQuestion('When do they start?').terms.map((term) => term.term)).toEqual([termOf('start')]);
    const doing = readQuestion('What will the soldiers be doing?').terms.find((term) => term.folded === 'doing');
    expect(doing).toMatchObject({ weight: 1, predicate: true });
  });

  it('marks the verb or adjective asked about as the predicate, and a capitalised name as a name', () => {
    const terms = readQuestion('Who kidnapped Tsurkov?').terms;
    expect(terms.find((term) => term.term === termOf('kidnapped'))).toMatchObject({ predicate: true, name: false });
    expect(terms.find((term) => term.folded === 'tsurkov')).toMatchObject({ name: true });
  });

  it.each([
    ['How many soldiers are going?', 'number'],
    ['how much money is held there', 'number'],
    ['How old is Sudani?', 'age'],
    ['When does the deployment start?', 'date'],
    ['In what year did ISIS take Mosul?', 'date'],
    ['Why are they going?', 'reason'],
    ['Who kidnapped Tsurkov?', 'person'],
    ['whos the kh commander', 'person'],
    ['Where is the base?', 'place'],
    // The first question word asks; a later one is part of what is asked about.
    ['Why did Washington restrict how many dollars Iraq could take out?', 'reason'],
    ['When did the US start limiting how many dollars Iraq could withdraw?', 'date'],
    ['How many soldiers went, and when?', 'number'],
  ] as const)('reads "%s" as asking for a %s', (question, kind) => {
    expect(readQuestion(question).asks).toBe(kind);
    expect(askedKind(question)).toBe(kind);
  });

  it.each([
    ['How many Dutch soldiers have served in Iraq?', 'en', 'before'],
    ['has the netherlands deployed many soldiers to iraq', 'en', 'before'],
    ['how many troops r the dutch sending', 'en', 'coming'],
    ['Will the company stay long?', 'en', 'coming'],
    ['How many soldiers does the company have?', 'en', null],
    ['hoeveel nederlanders hebben al in irak gediend', 'nl', 'before'],
    ['hoeveel soldaten gaan er naar irak', 'nl', 'coming'],
    ['hoe groot is de compagnie', 'nl', null],
  ] as const)('reads "%s" (%s) as asking about what happens %s', (question, language, time) => {
    expect(readQuestion(question, language).time).toBe(time);
  });

  it.each([
    ['wen did the us start limiting dollars', 'en', 'date'],
    ['hw many soldiers r going', 'en', 'number'],
    ['hoevel man gaat er naar irak', 'nl', 'number'],
  ] as const)('reads the question word typed as chat in "%s" (%s) as asking for a %s', (question, language, kind) => {
    expect(readQuestion(question, language).asks).toBe(kind);
  });

  it.each([
    ["What's the name of the KH commander?", 'en', 'person'],
    ['What is his full name?', 'en', 'person'],
    ['Hoe heet de commandant van Kataib Hezbollah?', 'nl', 'person'],
    ['wat is de naam van die minister', 'nl', 'person'],
  ] as const)('reads asking for a name in "%s" (%s) as asking for a %s', (question, language, kind) => {
    expect(readQuestion(question, language).asks).toBe(kind);
  });

  it('does not read "is het waar dat" (is it true that) as asking for a place, but still reads "waar" asking where', () => {
    expect(readQuestion('waar zitten de amerikanen', 'nl').asks).toBe('place');
    expect(readQuestion('is het waar dat er 145 militairen gaan', 'nl').asks).toBeNull();
    expect(readQuestion('is dat waar of niet', 'nl').asks).toBeNull();
    expect(askedKind('waar of niet: ze gaan in januari', 'nl')).toBeNull();
  });

  it('reads no asked kind from a question without question words', () => {
    expect(readQuestion('Tell me about the militias').asks).toBeNull();
  });

  it('says which inputs hold no text or no words', () => {
    expect(readQuestion('   ')).toMatchObject({ hasText: false, hasWords: false, terms: [] });
    expect(readQuestion('🎉?!')).toMatchObject({ hasText: true, hasWords: false, terms: [] });
    expect(readQuestion(undefined)).toMatchObject({ hasText: false, terms: [] });
  });

  it('keeps at most NORMALIZE_LIMITS.maxQueryTerms terms from a long message', () => {
    const words = Array.from({ length: 300 }, (_, at) => `q${at.toString(36).padStart(2, '0')}`).join(' ');
    expect(readQuestion(`${words}?`).terms).toHaveLength(NORMALIZE_LIMITS.maxQueryTerms);
  });
});

describe('the kinds of question a fact answers', () => {
  it('come from its curated phrasings only, not from numbers or dates in the answer', () => {
    expect(answeredKinds(['Who leads the company?', 'How many soldiers are going?'])).toEqual(new Set(['person', 'number']));
    expect(answeredKinds(['The company has 145 soldiers and starts in January'])).toEqual(new Set());
    expect(answeredKinds(['Why are they there?', 'how old is he'])).toEqual(new Set(['reason', 'age']));
  });
});

describe('what a "how many" question counts', () => {
  it.each([
    ['How many soldiers r the dutch sending?', 'en', ['soldier']],
    ['how many troops is the Netherlands sending', 'en', ['soldier']],
    ['hw many yrs since IS was defeated', 'en', ['year']],
    ['How many of the rockets hit Erbil?', 'en', ['rocket', 'hit', 'erbil']],
    ['Hoeveel militairen gaan er naar Irak?', 'nl', ['soldaat']],
    ['aantal raketaanvallen op de basis', 'nl', ['raketaanvall']],
  ] as const)('"%s" (%s) counts %j', (question, language, counted) => {
    expect(countedTerms(question, language)).toEqual(counted);
  });

  it('is nothing when the question names nothing counted, or does not count', () => {
    expect(countedTerms('How much will it cost?')).toEqual([]);
    expect(countedTerms('Who leads the company?')).toEqual([]);
    expect(readQuestion('how many rockets hit the base?').counted).toEqual(['rocket', 'hit']);
  });

  it('is read for a fact from its curated phrasings, not from numbers in its answer', () => {
    expect(countedByPhrasings(['How many soldiers are going?', 'number of NL troops', 'Who leads them?'])).toEqual(new Set(['soldier', 'netherlands']));
    expect(countedByPhrasings(['The company has 145 soldiers'])).toEqual(new Set());
  });
});
