import { describe, expect, it } from 'vitest';
import { chooseLogFormat } from '../src/logger';
import { runScript, tempDatabasePath } from './helpers/run-process';

const AT_HOME = { ci: false, nodeEnv: undefined };

describe('the log format', () => {
  it('is readable at a terminal, JSON everywhere else', () => {
    expect(chooseLogFormat({ destinationIsTerminal: true, environment: AT_HOME })).toBe('pretty');
    expect(chooseLogFormat({ destinationIsTerminal: false, environment: AT_HOME })).toBe('json');
  });

  it('is JSON in CI, in production and in tests even at a terminal', () => {
    expect(chooseLogFormat({ destinationIsTerminal: true, environment: { ci: true } })).toBe('json');
    expect(chooseLogFormat({ destinationIsTerminal: true, environment: { ci: false, nodeEnv: 'production' } })).toBe('json');
    expect(chooseLogFormat({ destinationIsTerminal: true, environment: { ci: false, nodeEnv: 'test' } })).toBe('json');
  });

  it('is what LOG_FORMAT asks for, wherever it runs', () => {
    expect(chooseLogFormat({ requested: 'json', destinationIsTerminal: true, environment: AT_HOME })).toBe('json');
    expect(chooseLogFormat({ requested: 'pretty', destinationIsTerminal: false, environment: { ci: true, nodeEnv: 'production' } })).toBe('pretty');
  });

  it('reaches the running bot: JSON lines on a pipe, readable lines with LOG_FORMAT=pretty', async () => {
    const base = { LOG_LEVEL: 'info', DATABASE_PATH: tempDatabasePath() };
    const json = await runScript('src/main.ts', [], { input: 'exit\n', env: base });
    const jsonLine = json.stderr.split('\n').find((line) => line.includes('knowledge merged into the store'));
    expect(JSON.parse(jsonLine ?? 'null')).toMatchObject({ level: 30, msg: 'knowledge merged into the store' });

    const pretty = await runScript('src/main.ts', [], { input: 'exit\n', env: { ...base, LOG_FORMAT: 'pretty' } });
    const prettyLine = pretty.stderr.split('\n').find((line) => line.includes('knowledge merged into the store'));
    expect(prettyLine).toMatch(/INFO.*knowledge merged into the store/);
    expect(() => JSON.parse(prettyLine ?? '')).toThrow();
  });
});
