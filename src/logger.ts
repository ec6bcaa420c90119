import pino, { type Logger } from 'pino';

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

/** Logs go to standard error, so standard output stays clean for replies and JSON. */
export function createLogger(level: string = 'info', destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true })): Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[redacted]' }, base: undefined }, destination);
}

export type { Logger };
