/**
 * A problem the operator can fix (a setting, a knowledge file, the database, a copy): its
 * message says what is wrong and what to do, and is shown as is, without a stack. Every
 * entry point catches this one type; anything else is a bug.
 */
export class OperatorError extends Error {
  override name = 'OperatorError';
  /** The process's exit code when this error stops a command-line run. */
  readonly exitCode: number;

  constructor(message: string, options: ErrorOptions & { exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? 1;
  }
}

/**
 * The store cannot be reached or written (database down, read-only, locked, disk full). Every
 * store engine throws it; the dispatcher turns it into a friendly reply without knowing which
 * engine is behind it.
 */
export class StoreUnavailableError extends OperatorError {
  override name = 'StoreUnavailableError';
}
