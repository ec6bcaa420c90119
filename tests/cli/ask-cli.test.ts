import { describe, expect, it } from 'vitest';
import { runScript, tempDatabasePath } from '../helpers/run-process';

describe('npm run ask', () => {
  it('answers one question with the answer, its source and its date', async () => {
    const result = await runScript('src/cli/ask.ts', ['how many soldiers are the dutch sending?'], { env: { DATABASE_PATH: tempDatabasePath() } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('145');
    expect(result.stdout).toMatch(/Source: "The Dutch send troops to Iraq/);
    expect(result.stdout).toMatch(/As of \d{4}-\d{2}-\d{2}/);
  });

  it('with --json, writes exactly one JSON object per input line, in order, and nothing else on stdout', async () => {
    const questions = ['how many troops r the dutch sending', '', 'tell me a joke', 'asdfghjkl', 'wen does the misison start'];
    const result = await runScript('src/cli/ask.ts', ['--json'], {
      input: `${questions.join('\n')}\n`,
      env: { DATABASE_PATH: tempDatabasePath(), LOG_LEVEL: 'info' },
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((line) => JSON.parse(line));
    answers.forEach((answer, index) => {
      expect(Object.keys(answer).sort()).toEqual(['answer', 'asOf', 'caveat', 'claim', 'factId', 'language', 'question', 'score', 'sources', 'status', 'suggestions']);
      expect(answer.question).toBe(questions[index]);
      expect(['answered', 'ambiguous', 'no_match']).toContain(answer.status);
      expect(typeof answer.score).toBe('number');
    });
    expect(answers[0]).toMatchObject({ status: 'answered', factId: 'company-size' });
    expect(answers[0].answer).toContain('145');
    for (const index of [1, 2, 3]) expect(answers[index]).toMatchObject({ status: 'no_match', answer: null, factId: null });
    expect(answers[4]).toMatchObject({ status: 'answered', factId: 'deployment-start' });
  });

  it('with --json and a question, answers that question as one JSON line, without reading standard input', async () => {
    const result = await runScript('src/cli/ask.ts', ['--json', 'how many troops r the dutch sending'], {
      input: 'tell me a joke\n',
      env: { DATABASE_PATH: tempDatabasePath() },
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ question: 'how many troops r the dutch sending', status: 'answered', factId: 'company-size' });
  });

  it('with --json, gives each line the language it was read and answered in, the other fields as before', async () => {
    const questions = ['who kidnapped tsurkov', 'wie heeft tsurkov ontvoerd'];
    const result = await runScript('src/cli/ask.ts', ['--json'], { input: `${questions.join('\n')}\n`, env: { DATABASE_PATH: tempDatabasePath() } });
    expect(result.code).toBe(0);
    const [english, dutch] = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(Object.keys(dutch).sort()).toEqual(['answer', 'asOf', 'caveat', 'claim', 'factId', 'language', 'question', 'score', 'sources', 'status', 'suggestions']);
    expect(english).toMatchObject({ status: 'answered', factId: 'tsurkov-kidnapping', language: 'en' });
    expect(english.answer).toContain('was kidnapped in Iraq in March');
    expect(dutch).toMatchObject({ status: 'answered', factId: 'tsurkov-kidnapping', language: 'nl', claim: 'attributed-claim', asOf: '2023-07-10' });
    expect(dutch.answer).toContain('werd in maart in Irak ontvoerd');
  });

  it('answers a Dutch question in Dutch, with the quote verbatim behind a Dutch lead-in', async () => {
    const result = await runScript('src/cli/ask.ts', ['wie heeft tsurkov ontvoerd?'], { env: { DATABASE_PATH: tempDatabasePath() } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('werd in maart in Irak ontvoerd');
    expect(result.stdout).toMatch(/Bron: "The Dutch send troops to Iraq[^"]*": "[^"]*kidnapped/);
    expect(result.stdout).toMatch(/Stand \d{4}-\d{2}-\d{2}/);
    expect(result.stdout).toContain('Soort bewering: een bewering die de bron aan iemand toeschrijft');
  });

  it('without a question, prints the usage to stderr and exits with 2', async () => {
    const result = await runScript('src/cli/ask.ts', []);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: npm run ask/);
    expect(result.stdout).toBe('');
  });
});
