import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/command';
import { UserError } from '../../src/core/errors';
import { parseTextOptions, tokenize } from '../../src/core/text-grammar';

const edit: Command = {
  name: 'fact edit',
  description: 'edit',
  usage: 'fact edit <id> [--answer text]',
  moderatorOnly: true,
  options: [
    { name: 'id', description: 'id', required: true, kind: 'string', positional: true },
    { name: 'answer', description: 'answer', required: false, kind: 'text' },
    { name: 'as_of', description: 'date', required: false, kind: 'string' },
  ],
  run: () => ({ kind: 'info', title: '', body: '', suggestions: [], visibility: 'public' }),
};

const alias: Command = {
  ...edit,
  name: 'fact alias',
  usage: 'fact alias add|remove <id> <question>',
  options: [
    { name: 'action', description: 'a', required: true, kind: 'string', positional: true },
    { name: 'id', description: 'id', required: true, kind: 'string', positional: true },
    { name: 'question', description: 'q', required: true, kind: 'string', positional: true, rest: true },
  ],
};

describe('the text grammar', () => {
  it('splits words and keeps quoted phrases together, with straight or curly quotes', () => {
    expect(tokenize('a "b c" “d e” f').map((token) => token.value)).toEqual(['a', 'b c', 'd e', 'f']);
  });

  it('keeps apostrophes inside words', () => {
    expect(tokenize("what's Iraq's plan").map((token) => token.value)).toEqual(["what's", "Iraq's", 'plan']);
  });

  it('fills positional options and --named options, with - or _ in names', () => {
    expect(parseTextOptions(edit, 'troops --answer "Two words" --as-of=2024-01-01')).toEqual({
      id: 'troops',
      answer: 'Two words',
      as_of: '2024-01-01',
    });
  });

  it('gives a rest option the remainder verbatim, apostrophes and all', () => {
    expect(parseTextOptions(alias, "add company-size how many soldiers r going? what's the count")).toEqual({
      action: 'add',
      id: 'company-size',
      question: "how many soldiers r going? what's the count",
    });
  });

  it('refuses an unknown option with the usage', () => {
    expect(() => parseTextOptions(edit, 'troops --colour red')).toThrow(UserError);
    expect(() => parseTextOptions(edit, 'troops --colour red')).toThrow(/fact edit <id>/);
  });

  it('refuses extra words and a flag without a value', () => {
    expect(() => parseTextOptions(edit, 'troops extra')).toThrow(/more words than I expected/);
    expect(() => parseTextOptions(edit, 'troops --answer')).toThrow(/needs a value/);
  });
});
