import { Agent } from 'undici';

/**
 * The fetch the Web API client sends through: Slack has `timeoutMs` to connect, to start
 * answering, and between the parts of its answer, or the request fails (and the client retries
 * it). The client's own `timeout` option gives every request an AbortSignal.timeout instead,
 * which fetch then wires into each request and keeps for the whole timeout: about a tenth of
 * the bot's CPU per answer under load went to fetch's signal handling and that signal (profiles
 * of bench:chat). Slack's answers are a few hundred bytes, so the limits come to the same.
 */
export function timedFetch(timeoutMs: number): typeof fetch {
  const dispatcher = new Agent({ connectTimeout: timeoutMs, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  // Node's fetch takes any undici dispatcher; its types describe the older undici bundled with Node.
  return (input, init) => fetch(input, { ...init, dispatcher } as unknown as RequestInit);
}
