import { describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES } from '../../commands/answer-messages';
import { ANSWER_MESSAGES_NL } from '../../commands/answer-messages-nl';
import { allCommands } from '../../commands';
import { CONSOLE_MESSAGES, CONSOLE_MESSAGES_NL } from '../../src/adapters/console/console-messages';
import { DISCORD_MESSAGES, DISCORD_MESSAGES_NL } from '../../src/adapters/discord/messages';
import { SLACK_MESSAGES, SLACK_MESSAGES_NL } from '../../src/adapters/slack/slack-messages';
import { CLAIM_LABELS, CLAIM_LABELS_NL, PROVENANCE_TEXT, PROVENANCE_TEXT_NL } from '../../src/core/provenance-text';
import { TIME_MESSAGES, TIME_MESSAGES_NL } from '../../src/facts/fact-time';

/** Every message constant a reply to a question uses, in English and in Dutch. */
const CATALOGUES: Record<string, [Record<string, unknown>, Record<string, unknown>]> = {
  answers: [ANSWER_MESSAGES, ANSWER_MESSAGES_NL],
  time: [TIME_MESSAGES, TIME_MESSAGES_NL],
  provenance: [PROVENANCE_TEXT, PROVENANCE_TEXT_NL],
  claims: [CLAIM_LABELS, CLAIM_LABELS_NL],
  console: [CONSOLE_MESSAGES, CONSOLE_MESSAGES_NL],
  discord: [DISCORD_MESSAGES, DISCORD_MESSAGES_NL],
  slack: [SLACK_MESSAGES, SLACK_MESSAGES_NL],
};

describe('the message catalogues', () => {
  it('have every key in both English and Dutch, of the same kind, and a Dutch text that differs from the English', () => {
    for (const [name, [english, dutch]] of Object.entries(CATALOGUES)) {
      expect({ name, keys: Object.keys(dutch).sort() }).toEqual({ name, keys: Object.keys(english).sort() });
      for (const key of Object.keys(english)) {
        const [en, nl] = [english[key], dutch[key]];
        expect({ name, key, kind: typeof nl }).toEqual({ name, key, kind: typeof en });
        if (typeof en === 'function' && typeof nl === 'function') expect({ name, key, arity: nl.length }).toEqual({ name, key, arity: en.length });
        if (typeof en === 'string' && en.length > 4) expect({ name, key, same: nl === en }).toEqual({ name, key, same: false });
      }
    }
  });

  it('give every command a Dutch description', () => {
    expect(allCommands.filter((command) => !command.dutch?.description).map((command) => command.name)).toEqual([]);
  });
});
