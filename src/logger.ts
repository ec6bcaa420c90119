import pino, { type Logger } from 'pino';
import { redactSecrets } from './redact';

/** Field names whose values are secrets; pino replaces them wherever they appear in a log line. */
const SECRET_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'databaseUrl',
  '*.databaseUrl',
  'password',
  '*.password',
];

/**
 * Logs go to standard error, so standard output stays clean for replies and JSON. Field names
 * are redacted by pino; secrets inside text (a password in a URL, a token in a webhook URL of
 * an error) are masked on the finished line.
 */
export function createLogger(level: string = 'info', destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true })): Logger {
  const masked: pino.DestinationStream = { write: (line: string) => destination.write(redactSecrets(line)) };
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[redacted]' }, base: undefined }, masked);
}

export type { Logger };
