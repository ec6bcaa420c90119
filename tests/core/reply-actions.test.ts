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

  it('keeps the longest start of the value that fits, whatever escapes and spaces it holds', () => {
    // What the cut must equal: trying every length of the value's start, longest first.
    const longestThatFits = (action: ReplyAction, maxLength: number) => {
      const points = Array.from(action.options.question!);
      for (let kept = points.length - 1; kept >= 1; kept -= 1) {
        const options = { ...action.options, question: points.slice(0, kept).join('').trimEnd(), [SHORTENED_OPTION]: '1' };
        const token = [action.commandName, ...Object.entries(options).map(([name, value]) => `${name}=${value.replace(/%/g, '%25').replace(/\|/g, '%7C').replace(/=/g, '%3D')}`)].join('|');
        if (token.length <= maxLength) return token;
      }
      return undefined;
    };
    const pieces = ['a', 'word', ' ', '  ', '|', '=', '%', '🇳🇱', 'é', '\n', '\u00a0', '?'];
    let seed = 7;
    const random = (below: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % below);
    for (let round = 0; round < 400; round += 1) {
      const question = Array.from({ length: 1 + random(60) }, () => pieces[random(pieces.length)]).join('');
      const action = { ...vote(question), options: { verdict: 'helpful', id: 'company-size', question, ...(round % 2 ? { lang: 'nl' } : {}) } };
      for (const maxLength of [40, 60, 95, 120]) {
        const whole = encodeAction(action, 10_000)!;
        expect(encodeAction(action, maxLength)).toBe(whole.length <= maxLength ? whole : longestThatFits(action, maxLength));
      }
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
