import { describe, expect, it } from 'vitest';
import { literalReplies, repliesOutsideCatalogues } from './reply-strings';

describe('reply text', () => {
  it('comes only from the message catalogues (English and Dutch), never from a literal in a command or the helpers that build replies', () => {
    expect(repliesOutsideCatalogues()).toEqual([]);
  });

  it('is found by the check when a command writes it inline, and a command definition, a code or a log line is not', () => {
    const code = `
      import { x } from './messages';
      export const exampleCommand = {
        name: 'fact example',
        description: 'Show an example (moderators)',
        usage: 'fact example <id>',
        options: [{ name: 'id', description: 'The fact', dutch: { label: 'Het feit', description: 'Het feit dat je bedoelt' }, kind: 'string' }],
        run(request, context) {
          context.logger.warn({ id: 1 }, 'could not read the example');
          if (request.options.id === 'Some id') throw new UserError('bad_usage', \`No fact called \${request.options.id}.\`);
          const lines = [\`\${count} times\`, 'reordered', 'Keywords: a, b'];
          const buttons = [{ label: 'Show the fact' }];
          return { kind: 'info', title: 'Fact shown', body: lines.join('\\n'), visibility: 'private', buttons };
        },
      };
      const EXAMPLE_MESSAGES = Object.freeze({ shown: 'Fact shown' });`;
    expect(literalReplies(code, 'example.ts').map((line) => line.replace(/^example\.ts:\d+: /, ''))).toEqual([
      '`No fact called ${request.options.id}.`',
      '`${count} times`',
      "'Keywords: a, b'",
      "'Show the fact'",
      "'Fact shown'",
    ]);
  });
});
