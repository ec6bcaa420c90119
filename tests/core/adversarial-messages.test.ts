import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL_LENGTH, ADVERSARIAL_PREFIXES, ADVERSARIAL_SHAPES } from '../../bench/adversarial-messages';
import { answerAndRender, cheapestOf } from '../../bench/adversarial-timing';
import { tokenize } from '../../src/core/text-grammar';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import type { FactMatcher } from '../../src/matching/types';
import { readQuestion } from '../../src/matching/question-reading';
import { startModerationBot, type ModerationBot } from '../commands/moderation-harness';
import { OPERATOR } from '../commands/moderation-fixtures';

/**
 * The budget for any one message: every platform waits while a message is worked on.
 * Measured as the CPU time of the cheapest of three runs, so that other processes on a busy
 * machine cannot fail the test; `npm run bench:adversarial` prints wall-clock times too.
 */
const BUDGET_MS = 50;
const RUNS = 3;
const knowledge = loadKnowledgeDir('knowledge').map((entry) => entry.fact);
const instantMatcher = (): FactMatcher => ({ size: 0, match: () => ({ status: 'no_match', candidates: [] }), suggest: () => [] });
const shapes = Object.entries(ADVERSARIAL_SHAPES);

describe('a 40,000-character hostile message cannot stall the bot', () => {
  it('every shape is really that long', () => {
    for (const [, text] of shapes) expect(text.length).toBe(ADVERSARIAL_LENGTH);
  });

  it('the text grammar splits each shape in linear time (40,000 unclosed “ took seconds)', async () => {
    for (const [shape, text] of shapes) {
      const { cpuMs } = await cheapestOf(RUNS, async () => tokenize(text));
      expect(cpuMs, shape).toBeLessThan(BUDGET_MS);
    }
  });

  describe('parse, command and render of every command, with the matcher stubbed out', () => {
    let bot: ModerationBot;
    beforeAll(async () => {
      bot = await startModerationBot({ facts: knowledge, matcher: instantMatcher });
    });
    afterAll(() => bot.close());

    it.each(shapes)('%s', async (shape, text) => {
      for (const prefix of ADVERSARIAL_PREFIXES) {
        const { cpuMs } = await cheapestOf(RUNS, () => answerAndRender(bot.dispatcher, OPERATOR, prefix + text));
        expect(cpuMs, `${shape} after "${prefix}"`).toBeLessThan(BUDGET_MS);
      }
    });
  });

  it('a reply repeats at most a short slice of the message back', async () => {
    const bot = await startModerationBot({ facts: knowledge, matcher: instantMatcher });
    try {
      for (const [shape, text] of shapes) {
        for (const prefix of ADVERSARIAL_PREFIXES) {
          const reply = await bot.say(prefix + text, OPERATOR);
          expect(reply.title.length + reply.body.length, `${shape} after "${prefix}"`).toBeLessThan(3_000);
        }
      }
    } finally {
      await bot.close();
    }
  });

  describe('end to end with the real matcher', () => {
    let bot: ModerationBot;
    beforeAll(async () => {
      bot = await startModerationBot({ facts: knowledge });
    });
    afterAll(() => bot.close());

    it('normalising any shape is bounded', async () => {
      for (const [shape, text] of shapes) {
        const { cpuMs } = await cheapestOf(RUNS, async () => readQuestion(text));
        expect(cpuMs, shape).toBeLessThan(BUDGET_MS);
      }
    });

    it.each(shapes)('a question of %s is answered within the budget', async (shape, text) => {
      const { cpuMs } = await cheapestOf(RUNS, () => answerAndRender(bot.dispatcher, OPERATOR, text));
      expect(cpuMs, shape).toBeLessThan(BUDGET_MS);
    });

    it('a question from another user sent meanwhile is not delayed beyond the budget', async () => {
      const hostile = ADVERSARIAL_SHAPES['open curly quotes']!;
      const { cpuMs } = await cheapestOf(RUNS, async () => {
        const attack = answerAndRender(bot.dispatcher, OPERATOR, `fact show ${hostile}`);
        const honest = answerAndRender(bot.dispatcher, { platform: 'slack', userId: 'U-OTHER', displayName: 'other' }, 'how many soldiers are going');
        await Promise.all([attack, honest]);
      });
      // Both answered within the budget: the honest question waited no longer than that.
      expect(cpuMs).toBeLessThan(BUDGET_MS);
    });
  });
});
