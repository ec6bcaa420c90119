import dotenv from 'dotenv';
import { PlatformUnreachableError } from '../adapters/unreachable';
import { ConfigError, parseConfig, type Config } from '../config';
import { misspeltVariableWarnings } from '../config-spelling';
import { KnowledgeError } from '../facts/knowledge-files';
import { redactSecrets } from '../redact';
import { StoreUnavailableError } from '../store/fact-store';

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

/** Problems an operator can fix get a plain message; anything else is a bug and shows its stack. */
export function exitWithStartupError(error: unknown): never {
  const known = [ConfigError, KnowledgeError, StoreUnavailableError, PlatformUnreachableError].some((type) => error instanceof type);
  const detail = known ? (error as Error).message : (error as Error)?.stack ?? String(error);
  process.stderr.write(`Cannot start: ${redactSecrets(detail)}\n`);
  process.exit(1);
}
