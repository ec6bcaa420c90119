import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('operations settings: HEALTH_PORT, LOG_FORMAT and where the bot runs', () => {
  it('leaves the health endpoints off unless HEALTH_PORT is set', () => {
    expect(parseConfig({}).healthPort).toBeUndefined();
    expect(parseConfig({ HEALTH_PORT: ' 9090 ' }).healthPort).toBe(9090);
  });

  it('names HEALTH_PORT when it is not a port', () => {
    for (const value of ['0', '65536', 'http', '90.5']) {
      expect(problemsOf({ HEALTH_PORT: value })).toEqual(['HEALTH_PORT must be a port number from 1 to 65535']);
    }
  });

  it('takes LOG_FORMAT json or pretty, and names it otherwise', () => {
    expect(parseConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(parseConfig({}).logFormat).toBeUndefined();
    expect(problemsOf({ LOG_FORMAT: 'yaml' })[0]).toMatch(/^LOG_FORMAT /);
  });

  it('knows CI and NODE_ENV, so that human-readable logs stay out of CI and production', () => {
    expect(parseConfig({}).environment).toEqual({ ci: false, nodeEnv: undefined });
    expect(parseConfig({ CI: 'true', NODE_ENV: 'production' }).environment).toEqual({ ci: true, nodeEnv: 'production' });
    expect(parseConfig({ CI: '1' }).environment.ci).toBe(true);
    expect(parseConfig({ CI: 'false' }).environment.ci).toBe(false);
  });
});
