/**
 * A mistake the user can fix: its message is shown to them as is. Anything else that is
 * thrown is a bug, logged and answered with a generic reply by the dispatcher.
 */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
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
