import { OperatorError } from '../core/operator-error';
/**
 * "The platform cannot be reached" (no network, a wrong API URL), told apart from "the platform
 * refused our settings": the first is one plain line naming the platform and the address, and
 * never blames a token or another setting that may be perfectly right.
 */
export class PlatformUnreachableError extends OperatorError {
  override name = 'PlatformUnreachableError';
  constructor(platform: string, url: string, fault: string, options?: ErrorOptions) {
    super(`cannot reach ${platform} at ${url}: ${fault}`, options);
  }
}

const NETWORK_CODES = new Set([
  'ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT',
  'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * The network fault at the bottom of an error chain ("getaddrinfo ENOTFOUND discord.invalid"),
 * or undefined when the error is something else. fetch, discord.js and the Slack client each
 * wrap it differently: in `cause`, in `original`, or in an AggregateError's `errors`.
 */
export function networkFault(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 6) return undefined;
  const { code, message, cause, original, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; original?: unknown; errors?: unknown };
  for (const inner of [cause, original, ...(Array.isArray(errors) ? errors : [])]) {
    const found = networkFault(inner, depth + 1);
    if (found) return found;
  }
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return typeof message === 'string' && message.includes(code) ? message : `${code}${typeof message === 'string' && message ? ` (${message})` : ''}`;
  return undefined;
}

/** Statuses that are the platform's answer about our settings (a refused token), not a sign of the wrong server. */
const STATUSES_ABOUT_SETTINGS = new Set([401, 403, 429]);

/**
 * An HTTP error status where the platform's API should have answered: a wrong API URL (a web
 * server that is not the API) or an outage. discord.js reports it as `status`, Slack as `statusCode`.
 */
export function httpFault(error: unknown): string | undefined {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || code < 300 || STATUSES_ABOUT_SETTINGS.has(code)) return undefined;
  return `it answered HTTP ${code}, so this is not the API or it is down`;
}

/** The error to throw for a failed start: unreachable when it was the network, else the error as it came. */
export function unreachableOr(platform: string, url: string, error: unknown): unknown {
  const fault = networkFault(error) ?? httpFault(error);
  return fault ? new PlatformUnreachableError(platform, url, fault, { cause: error }) : error;
}
