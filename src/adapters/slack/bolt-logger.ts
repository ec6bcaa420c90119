import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

/** Slack token shapes (bot, user, app-level, refresh ...), scrubbed even when not configured here. */
const TOKEN_PATTERN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;
const REDACTED = '[redacted]';

const FROM_PINO: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};
const SEVERITY: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Bolt, the Web API client and the Socket Mode client log through this, into our pino logger.
 * Their lines are free text, which pino's path-based redaction cannot reach, so every line is
 * scrubbed of the configured secrets and of anything shaped like a Slack token.
 */
export function createBoltLogger(logger: Logger, secrets: readonly (string | undefined)[]): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const known = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 6);
  let level: LogLevel = FROM_PINO[logger.level] ?? LogLevel.ERROR;

  const scrub = (text: string) => known.reduce((clean, secret) => clean.split(secret).join(REDACTED), text).replace(TOKEN_PATTERN, REDACTED);
  const write = (at: LogLevel, parts: unknown[]) => {
    if (SEVERITY[at] < SEVERITY[level]) return;
    const line = scrub(parts.map(describe).join(' '));
    if (at === LogLevel.DEBUG) child.debug(line);
    else if (at === LogLevel.INFO) child.info(line);
    else if (at === LogLevel.WARN) child.warn(line);
    else child.error(line);
  };

  return {
    debug: (...parts) => write(LogLevel.DEBUG, parts),
    info: (...parts) => write(LogLevel.INFO, parts),
    warn: (...parts) => write(LogLevel.WARN, parts),
    error: (...parts) => write(LogLevel.ERROR, parts),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
