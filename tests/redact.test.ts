import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { redactSecrets } from '../src/redact';
import { redactDatabaseUrl } from '../src/store/postgres-connection';
import { openSqliteStore } from '../src/store/sqlite-store';
import { runScript, tempDatabasePath } from './helpers/run-process';

const PASSWORD = 'pw-SECRET-1';
const SSL_PASSWORD = 'ssl-SECRET-2';
/** Every way pg takes a password from a connection string, at a port where nothing listens. */
const URLS_WITH_PASSWORDS = [
  `postgres://factbot:${PASSWORD}@127.0.0.1:1/factbot`,
  `postgresql://factbot@127.0.0.1:1/factbot?password=${PASSWORD}`,
  `postgres://127.0.0.1:1/factbot?user=factbot&sslpassword=${SSL_PASSWORD}&password=${PASSWORD}`,
  `postgres://factbot:${encodeURIComponent(`${PASSWORD}@/:`)}@127.0.0.1:1/factbot?sslmode=disable&sslpassword=${SSL_PASSWORD}`,
];

function expectNoSecret(text: string): void {
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(SSL_PASSWORD);
}

describe('no secret in any log or message', () => {
  it.each(URLS_WITH_PASSWORDS)('masks every password in %s, keeping the rest readable', (url) => {
    for (const shown of [redactDatabaseUrl(url), redactSecrets(url), redactSecrets(`connect to ${url} failed`)]) {
      expectNoSecret(shown);
      expect(shown).toContain('127.0.0.1:1/factbot');
    }
  });

  it('leaves the paths of SSL key files readable (they are not secrets)', () => {
    expect(redactSecrets('postgres://h/db?sslkey=/etc/key.pem&sslcert=/etc/cert.pem')).toBe('postgres://h/db?sslkey=/etc/key.pem&sslcert=/etc/cert.pem');
  });

  it('masks Discord interaction tokens in webhook and callback URLs', () => {
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OkFCQ0RFRg.x-y_z';
    const text = `PATCH https://discord.com/api/v10/webhooks/123456789012345678/${token}/messages/@original and /interactions/223456789012345678/${token}/callback`;
    const shown = redactSecrets(text);
    expect(shown).not.toContain(token);
    expect(shown).toContain('/webhooks/123456789012345678/[redacted]/messages/@original');
    expect(shown).toContain('/interactions/223456789012345678/[redacted]/callback');
  });

  it('the logger masks them in any field and inside error messages and stacks', () => {
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    for (const url of URLS_WITH_PASSWORDS) {
      logger.warn({ database: url, err: new Error(`could not reach ${url}`) }, `runtime warning about ${url}`);
    }
    expect(lines).toHaveLength(URLS_WITH_PASSWORDS.length);
    expectNoSecret(lines.join('\n'));
  });

  it.each(URLS_WITH_PASSWORDS)('the start-up error for %s names the database without its password', async (url) => {
    const result = await runScript('src/main.ts', [], { env: { DATABASE_URL: url, DISCORD_TOKEN: 'x', DISCORD_CLIENT_ID: '1', LOG_LEVEL: 'debug' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot start');
    expect(result.stderr).toContain('127.0.0.1:1');
    expectNoSecret(result.stdout + result.stderr);
  });

  it.each(URLS_WITH_PASSWORDS)('`facts copy --to %s` never prints the password', async (url) => {
    const path = tempDatabasePath();
    await (await openSqliteStore(path, createLogger('silent'))).close();
    const result = await runScript('src/cli/facts.ts', ['copy', '--to', url], { env: { DATABASE_PATH: path, LOG_LEVEL: 'debug' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('127.0.0.1:1');
    expectNoSecret(result.stdout + result.stderr);
  });
});
