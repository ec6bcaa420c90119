import { Agent } from 'undici';

/**
 * The connection pool the Web API calls go through: Slack has `timeoutMs` to connect, to start
 * answering, and between the parts of its answer, or the request fails (and is retried).
 */
export function timedAgent(timeoutMs: number): Agent {
  return new Agent({ connectTimeout: timeoutMs, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
}

/**
 * The fetch the Web API client sends through, over `agent` (see timedAgent). The client's own
 * `timeout` option gives every request an AbortSignal.timeout instead, which fetch then wires
 * into each request and keeps for the whole timeout: about a tenth of the bot's CPU per answer
 * under load went to fetch's signal handling and that signal (profiles of bench:chat). Slack's
 * answers are a few hundred bytes, so the limits come to the same.
 */
export function timedFetch(agent: Agent): typeof fetch {
  // Node's fetch takes any undici dispatcher; its types describe the older undici bundled with Node.
  return (input, init) => fetch(input, { ...init, dispatcher: agent } as unknown as RequestInit);
}
