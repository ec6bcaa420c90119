/**
 * Secrets that can hide inside free text (error messages, URLs in stack traces), where pino's
 * field-name redaction cannot see them. Every log line and every operator-facing error passes
 * through redactSecrets, so a credential is masked whatever carried it.
 */
const REDACTED = '[redacted]';

const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // user:password@ in any URL (postgres://, postgresql://, socket://, http://).
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"'<>]*):[^\s/"'<>]*@/gi, `$1:${REDACTED}@`],
  // Every password pg reads from a connection string's query: ?password= and ?sslpassword=.
  [/([?&;](?:ssl)?password=)[^&\s"'#<>]*/gi, `$1${REDACTED}`],
  // A Discord interaction token (valid 15 minutes to post as the bot) inside a webhook or callback URL.
  [/(\/(?:webhooks|interactions)\/\d{5,25}\/)[A-Za-z0-9_.-]{8,}/g, `$1${REDACTED}`],
];

export function redactSecrets(text: string): string {
  let redacted = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) redacted = redacted.replace(pattern, replacement);
  return redacted;
}
