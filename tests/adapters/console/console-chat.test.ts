import { describe, expect, it } from 'vitest';
import { CONSOLE_GREETING } from '../../../src/adapters/console/console-adapter';
import { ANSWER_MESSAGES_NL } from '../../../commands/answer-messages-nl';
import { CONSOLE_MESSAGES_NL } from '../../../src/adapters/console/console-messages';
import { MESSAGES, MESSAGES_NL } from '../../../src/core/messages';
import { loadKnowledgeDir } from '../../../src/facts/knowledge-files';
import { claimText, PROVENANCE_TEXT } from '../../../src/core/provenance-text';
import { SOURCE_TITLE } from '../../../src/facts/fact';
import { TIME_MESSAGES } from '../../../src/facts/fact-time';
import { runScript, tempDatabasePath } from '../../helpers/run-process';

describe('npm start with no tokens: the console chat', () => {
  it('answers questions, lists topics and shows a fact over the shared command layer, then exits', async () => {
    const result = await runScript('src/main.ts', [], {
      input: ['How large is the Dutch contingent?', 'topics', 'fact show company-size', 'help', 'exit', ''].join('\n'),
      env: { DATABASE_PATH: tempDatabasePath() },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(CONSOLE_GREETING);
    expect(result.stdout).toContain('145');
    // Every answer names its source, its claim status and its date.
    expect(result.stdout).toContain(`Source: "${SOURCE_TITLE}"`);
    expect(result.stdout).toContain(`${PROVENANCE_TEXT.claimLabel}: ${claimText('official-statement')}`);
    expect(result.stdout).toContain('As of July 2023, the Netherlands was sending');
    // company-size is to be reviewed by 2025-07-31, a date the real clock of this process has passed.
    expect(result.stdout).toContain(`${PROVENANCE_TEXT.caveatLabel}: ${TIME_MESSAGES.pastReview('July 2023')}`);
    expect(result.stdout).toContain('== What I can answer ==');
    expect(result.stdout).toMatch(/revision 1/);
    expect(result.stdout).toContain('fact edit');
    expect(result.stderr).toBe('');
  });

  it('lets the local operator curate: an edit is answered by the very next question', async () => {
    const result = await runScript('src/main.ts', [], {
      input: [
        'fact show company-size',
        'fact edit company-size --answer "The Netherlands is sending an infantry company of 145 soldiers (edited in the console test)."',
        'How large is the Dutch contingent?',
        '',
      ].join('\n'),
      env: { DATABASE_PATH: tempDatabasePath() },
    });
    expect(result.stdout).toContain('edited in the console test');
    expect(result.stdout).not.toContain(MESSAGES.somethingWentWrong);
  });

  it('keeps the language of a Dutch question when its "did you mean" choice is picked by number, and answers "hulp" in Dutch', async () => {
    const knowledge = loadKnowledgeDir('knowledge').map((entry) => entry.fact);
    const result = await runScript('src/main.ts', [], {
      input: ['ontvoerde onderzoekster bagdad naam', '7', '1', 'hulp', ''].join('\n'),
      env: { DATABASE_PATH: tempDatabasePath() },
    });
    const [, afterPick] = result.stdout.split(ANSWER_MESSAGES_NL.ambiguous);
    expect(afterPick).toBeDefined();
    const picked = knowledge.filter((fact) => fact.nl && afterPick!.includes(`== ${fact.nl.title} ==`));
    expect(picked).toHaveLength(1);
    expect(afterPick).toContain(`${CONSOLE_MESSAGES_NL.sourceLabel}: `);
    // The number of choices is the matcher's to decide; the Dutch sentence around it is what counts.
    expect(result.stdout).toContain(MESSAGES_NL.pickOutOfRange(9).split('9')[0]);
    expect(result.stdout).toContain(`== ${ANSWER_MESSAGES_NL.helpTitle} ==`);
  });

  it('lists the topics under their Dutch names from knowledge/topics.yaml, and one topic by its Dutch name', async () => {
    const result = await runScript('src/main.ts', [], {
      input: ['onderwerpen', 'milities', ''].join('\n'),
      env: { DATABASE_PATH: tempDatabasePath() },
    });
    expect(result.code).toBe(0);
    const [, topicList] = result.stdout.split(`== ${ANSWER_MESSAGES_NL.topicsTitle} ==`);
    expect(topicList).toContain('Amerikaanse aanwezigheid (');
    expect(topicList).toContain('Milities (');
    expect(topicList).not.toContain('US presence');
    expect(result.stdout).toContain(`== ${ANSWER_MESSAGES_NL.topicFactsTitle('Milities')} ==`);
  });

  it('names the bad variable and exits when the configuration is wrong', async () => {
    const result = await runScript('src/main.ts', [], { env: { GAPS_RETENTION_DAYS: 'forever', DISCORD_TOKEN: 'secret-value-123' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('GAPS_RETENTION_DAYS must be a whole number');
    expect(result.stderr).toContain('DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set');
    expect(result.stderr).not.toContain('secret-value-123');
  });
});
