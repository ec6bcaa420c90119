import { DEFAULT_LANGUAGE, type Language } from './languages';

/** A user's message in whichever language the reply is written: helpers deep in a command need not know it. */
export type LocalisedText = (language: Language) => string;

/**
 * A mistake the user can fix: its message is shown to them as is. Anything else that is
 * thrown is a bug, logged and answered with a generic reply by the dispatcher.
 * Helpers that do not know the request's language throw a LocalisedText, which the
 * dispatcher renders in it; `message` is always the English text (logs, tests).
 */
export class UserError extends Error {
  readonly text: LocalisedText;

  constructor(
    readonly code: UserErrorCode,
    message: string | LocalisedText,
  ) {
    const text = typeof message === 'string' ? () => message : message;
    super(text(DEFAULT_LANGUAGE));
    this.name = 'UserError';
    this.text = text;
  }
}

export const USER_ERROR_CODES = [
  'bad_usage',
  'unknown_command',
  'unknown_fact',
  'unknown_revision',
  'fact_exists',
  'invalid_fact',
  'stale_revision',
  'store_unavailable',
] as const;

export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
