import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/fact';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { createFactMatcher } from '../../src/matching/fact-matcher';

const knowledge = loadKnowledgeDir('knowledge').map((entry) => entry.fact);
const withoutUnsaid = knowledge.map(({ unsaid: _unsaid, ...fact }): Fact => fact);
const who = withoutUnsaid.find((fact) => fact.id === 'tsurkov-who')!;
const LANGUAGES = {
  note: 'The article does not say which languages Tsurkov speaks.',
  questions: ['Does Tsurkov speak Arabic?', 'tsurkov languages spoken', 'which languages does Tsurkov speak'],
  nl: { note: 'Het artikel zegt niet welke talen Tsurkov spreekt.', questions: ['Welke talen spreekt Tsurkov?', 'spreekt tsurkov arabisch'] },
};

describe('what the source does not say (a fact\'s unsaid entries)', () => {
  const withEntry = () => {
    const matcher = createFactMatcher(withoutUnsaid);
    matcher.put({ ...who, unsaid: [LANGUAGES] });
    return matcher;
  };

  it('declines a question that asks what the article leaves out with the note, the fact it is about first among the related', () => {
    const result = withEntry().match('what languages does elizabeth tsurkov speak');
    expect(result).toMatchObject({ status: 'no_match', unsaid: { fact: { id: 'tsurkov-who' }, note: LANGUAGES.note } });
    expect(result.candidates[0]!.fact.id).toBe('tsurkov-who');
    expect(createFactMatcher(withoutUnsaid).match('what languages does elizabeth tsurkov speak').unsaid).toBeUndefined();
  });

  it('gives the Dutch note to a Dutch question', () => {
    expect(withEntry().match('welke talen spreekt tsurkov eigenlijk', 'nl')).toMatchObject({ status: 'no_match', unsaid: { note: LANGUAGES.nl.note } });
  });

  it('still answers what the fact does say', () => {
    const result = withEntry().match('who is elizabeth tsurkov');
    expect(result).toMatchObject({ status: 'answered', candidates: [{ fact: { id: 'tsurkov-who' } }] });
    expect(result.unsaid).toBeUndefined();
  });

  it('follows edits: without the entry again, the note is gone', () => {
    const matcher = withEntry();
    matcher.put(who);
    expect(matcher.match('what languages does elizabeth tsurkov speak').unsaid).toBeUndefined();
  });

  it('takes the note from the leading candidate whose entry the question echoes most closely, not merely the first that echoes one', () => {
    const matcher = createFactMatcher(withoutUnsaid);
    const question = 'what languages does elizabeth tsurkov speak';
    const [first, second] = matcher.match(question).candidates.map(({ fact }) => withoutUnsaid.find(({ id }) => id === fact.id)!);
    matcher.put({ ...first!, unsaid: [{ note: 'A loose echo.', questions: ['which languages does tsurkov speak besides hebrew and russian'] }] });
    matcher.put({ ...second!, unsaid: [{ note: 'The close echo.', questions: [question] }] });
    expect(matcher.match(question)).toMatchObject({ status: 'no_match', unsaid: { fact: { id: second!.id }, note: 'The close echo.' } });
  });

  it('does not take a question for an unsaid one when it shares none of the words that tell the two apart', () => {
    const matcher = createFactMatcher(knowledge);
    // Every word of the first is in the curated "how many people attended the protest in Deir-Alzour?", but not "attended", which no question the fact answers holds.
    expect(matcher.match('Deir-Alzour protest').unsaid).toBeUndefined();
    expect(matcher.match('how many people attended the protest in deir-alzour').unsaid).toMatchObject({ fact: { id: 'isis-ideology-flags' } });
  });

  it('reads the words of unsaid questions as words, not as typos of the words the facts use', () => {
    const matcher = createFactMatcher(withoutUnsaid);
    matcher.put({ ...who, unsaid: [{ note: 'The article does not say which languages Tsurkov speaks.', questions: ['Which languages does Tsurkov speak fluently?'] }] });
    // "fluently" is in no fact: without the entry it would be respelt as a word some fact uses.
    expect(matcher.match('which languages does tsurkov speak fluently').unsaid).toMatchObject({ fact: { id: 'tsurkov-who' } });
    expect(matcher.index.spelling.has('fluently')).toBe(true);
    matcher.put(who);
    expect(matcher.index.spelling.has('fluently')).toBe(false);
  });

  it('uses the curated entries of knowledge/: a question about Dutch casualties is told the article mentions none', () => {
    const result = createFactMatcher(knowledge).match('how many dutch soldiers have died in iraq');
    expect(result.status).toBe('no_match');
    expect(result.unsaid?.note).toMatch(/does not mention any Dutch soldiers killed/);
  });
});
