import dotenv from 'dotenv';
import { parseConfig, type Config } from '../config';
import { misspeltVariableWarnings } from '../config-spelling';
import { OperatorError } from '../core/operator-error';
import { redactSecrets } from '../redact';

/** Reads .env (if any) and the environment once; exits with every problem named on failure. */
export function loadConfigOrExit(): Config {
  dotenv.config({ quiet: true });
  for (const warning of misspeltVariableWarnings(process.env)) process.stderr.write(`Warning: ${warning}\n`);
  try {
    return parseConfig(process.env);
  } catch (error) {
    exitWithStartupError(error);
  }
}

/** A problem the operator can fix (a setting, a knowledge file, the database, an unreachable platform). */
export function isOperatorError(error: unknown): error is OperatorError {
  return error instanceof OperatorError;
}

/** Problems an operator can fix get a plain message; anything else is a bug and shows its stack. */
export function exitWithStartupError(error: unknown): never {
  const detail = isOperatorError(error) ? error.message : (error as Error)?.stack ?? String(error);
  process.stderr.write(`Cannot start: ${redactSecrets(detail)}\n`);
  process.exit(error instanceof OperatorError ? error.exitCode : 1);
}
