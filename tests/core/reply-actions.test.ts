import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, SHORTENED_OPTION, type ReplyAction } from '../../src/core/reply-actions';

const vote = (question: string): ReplyAction => ({
  label: 'Helpful',
  commandName: 'vote',
  options: { verdict: 'helpful', id: 'company-size', question },
  shortenable: 'question',
});

describe('reply actions carried in buttons', () => {
  it('round-trips any question, separators and escapes included', () => {
    for (const question of ['How many?', 'a|b=c%7C d%25', '100% = all | none', '🇳🇱 soldiers? ‮rtl']) {
      const token = encodeAction(vote(question), 2000)!;
      expect(decodeAction(token)).toEqual({ commandName: 'vote', options: { verdict: 'helpful', id: 'company-size', question } });
    }
  });

  it('cuts only the shortenable option to fit, on a code-point boundary, and says it was cut', () => {
    for (let extra = 0; extra < 40; extra += 1) {
      const question = `${'x'.repeat(extra)}${'🇳🇱|'.repeat(40)}`;
      const token = encodeAction(vote(question), 95)!;
      expect(token.length).toBeLessThanOrEqual(95);
      expect(token).not.toMatch(/\p{Cs}/u);
      const decoded = decodeAction(token)!;
      expect(decoded.options[SHORTENED_OPTION]).toBe('1');
      expect(question.startsWith(decoded.options.question!)).toBe(true);
      expect(decoded.options.id).toBe('company-size');
    }
  });

  it('gives up rather than cutting an option that must stay whole', () => {
    expect(encodeAction({ label: 'Accept', commandName: 'fact alias', options: { action: 'accept', id: '1'.repeat(200) } }, 95)).toBeUndefined();
  });

  it('decodes nothing from a malformed token', () => {
    expect(decodeAction('')).toBeUndefined();
    expect(decodeAction('vote|noequals')).toBeUndefined();
  });
});
