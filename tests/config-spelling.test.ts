import { describe, expect, it } from 'vitest';
import { misspeltVariableWarnings } from '../src/config-spelling';
import { runScript, tempDatabasePath } from './helpers/run-process';

describe('misspelt variables', () => {
  it.each([
    ['DISCROD_TOKEN', 'DISCORD_TOKEN'],
    ['DISCORD_TOKN', 'DISCORD_TOKEN'],
    ['SLACK_TOKEN', 'SLACK_BOT_TOKEN'],
    ['SLAK_BOT_TOKEN', 'SLACK_BOT_TOKEN'],
    ['DATABASE_URI', 'DATABASE_URL'],
    ['DATABASE_PTH', 'DATABASE_PATH'],
    ['DISCORD_WEBHOOK_URL', 'DISCORD_API_URL'],
    ['DISCORD_MODERATOR_ROLES', 'DISCORD_MODERATOR_ROLE_IDS'],
    ['LOGLEVEL', 'LOG_LEVEL'],
  ])('%s gets a warning naming %s', (name, meant) => {
    expect(misspeltVariableWarnings({ [name]: 'x' })).toEqual([`${name} is not a setting the bot reads, so it is ignored; did you mean ${meant}?`]);
  });

  it('says nothing about the variables the bot reads or about the rest of the environment', () => {
    const env = { DISCORD_TOKEN: 'x', DATABASE_URL: 'y', PORT: '1', PATH: '/bin', HOME: '/root', HOST: 'h', TERM: 'xterm', PWD: '/', NODE_ENV: 'production', npm_config_cache: '/tmp', HOSTNAME: 'box' };
    expect(misspeltVariableWarnings(env)).toEqual([]);
  });

  it('npm start warns on standard error and still starts', async () => {
    const result = await runScript('src/main.ts', [], { env: { DATABASE_PATH: tempDatabasePath(), DISCROD_TOKEN: 'secret-value-never-shown' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Warning: DISCROD_TOKEN is not a setting the bot reads, so it is ignored; did you mean DISCORD_TOKEN?');
    expect(result.stderr + result.stdout).not.toContain('secret-value-never-shown');
  });
});
