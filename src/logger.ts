import pino, { type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import type { Config } from './config';
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

export type LogFormat = 'json' | 'pretty';

export interface LogFormatSituation {
  /** LOG_FORMAT, when the operator chose. */
  requested?: LogFormat;
  /** Whether standard error, where the log lines go, is a terminal. */
  destinationIsTerminal: boolean;
  environment: Config['environment'];
}

/**
 * JSON for machines (log collectors, CI, production, tests), readable lines for a person at a
 * terminal. The terminal checked is standard error, where the lines go: `npm start 2> bot.log`
 * keeps JSON in the file even though standard output is a terminal.
 */
export function chooseLogFormat({ requested, destinationIsTerminal, environment }: LogFormatSituation): LogFormat {
  if (requested) return requested;
  if (environment.ci || environment.nodeEnv === 'production' || environment.nodeEnv === 'test') return 'json';
  return destinationIsTerminal ? 'pretty' : 'json';
}

/** The process's logger on standard error, in the format that suits where it runs. */
export function createProcessLogger(config: Pick<Config, 'logFormat' | 'environment'>, level: string): Logger {
  const format = chooseLogFormat({ requested: config.logFormat, destinationIsTerminal: Boolean(process.stderr.isTTY), environment: config.environment });
  // Synchronous like the JSON destination, so the last lines before an exit are never lost.
  const destination = format === 'pretty' ? pinoPretty({ destination: 2, sync: true }) : undefined;
  return createLogger(level, destination);
}

export type { Logger };
