import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Dispatcher } from 'undici';
import type { SlackMessage } from './render-blocks';

/** Where a message goes: a conversation, and the thread in it (none: the top level). */
export interface PostPlace {
  channel: string;
  threadTs: string | undefined;
}

/** Posts the bot's messages (chat.postMessage); every other Web API call goes through Bolt's client. */
export interface MessagePoster {
  postMessage(client: webApi.WebClient, place: PostPlace, message: SlackMessage): Promise<void>;
}

export interface MessagePosterOptions {
  /** The connection pool with the request timeouts (timed-fetch.ts), shared with the Web API client. */
  dispatcher: Dispatcher;
  /** As the Web API client's retryConfig: retries after `minTimeout` ms (default 1,000), then `factor` times longer each time. */
  retry: { retries: number; factor: number; minTimeout?: number };
  logger: Logger;
  /** Requests in flight at once, as the Web API client's maxRequestConcurrency (default 100); more wait their turn. */
  maxConcurrency?: number;
  /** Waits between attempts (tests pass a quicker one). */
  sleep?: (ms: number) => Promise<void>;
}

const METHOD = 'chat.postMessage';
const DEFAULT_MAX_CONCURRENCY = 100;
const DEFAULT_MIN_TIMEOUT_MS = 1_000;
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * The end of a message's JSON body (`"text":…,"blocks":[…]}`) per rendering: a remembered
 * answer's rendering is reused (render-blocks.ts), so a popular answer is serialised once.
 */
const messageJson = new WeakMap<SlackMessage, string>();

function messageTail(message: SlackMessage): string {
  let tail = messageJson.get(message);
  if (tail === undefined) {
    tail = `"text":${JSON.stringify(message.text)},"blocks":${JSON.stringify(message.blocks)}}`;
    messageJson.set(message, tail);
  }
  return tail;
}

/**
 * chat.postMessage as one JSON request (`application/json`, the bot token in the Authorization
 * header, which the Web API accepts for this method), sent with undici's request API over the
 * same connection pool as the Web API client. The client would form-encode the blocks' JSON
 * (2,377 bytes for the answer on the company's size with its vote buttons, 1,618 as JSON), build a debug line
 * of every request at any log level, and send through fetch, whose Request, Response and web
 * streams cost more than the rest of an answer's Slack work (profiles of bench:chat). Slack
 * receives the same arguments. What the client does around a call is kept: the same retries
 * (network failures and HTTP errors, a 429 after its Retry-After), the same error classes
 * (a refusal is a WebAPIPlatformError, not retried), its response warnings logged, and at most
 * as many requests in flight.
 */
export function createMessagePoster({ dispatcher, retry, logger, maxConcurrency = DEFAULT_MAX_CONCURRENCY, sleep = delay }: MessagePosterOptions): MessagePoster {
  const endpoints = new Map<string, { origin: string; path: string }>();
  const limit = createLimit(maxConcurrency);
  const minTimeout = retry.minTimeout ?? DEFAULT_MIN_TIMEOUT_MS;

  function endpointOf(apiUrl: string) {
    let endpoint = endpoints.get(apiUrl);
    if (!endpoint) {
      const url = new URL(METHOD, apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
      endpoint = { origin: url.origin, path: `${url.pathname}${url.search}` };
      endpoints.set(apiUrl, endpoint);
    }
    return endpoint;
  }

  /** One attempt: the answer's JSON when Slack took the request, or an error and whether to try again. */
  async function attempt(request: Dispatcher.RequestOptions): Promise<{ result: Record<string, unknown> } | { error: Error; retryAfterMs?: number }> {
    let response: Dispatcher.ResponseData;
    try {
      response = await dispatcher.request(request);
    } catch (error) {
      return { error: new webApi.WebAPIRequestError(error instanceof Error ? error : new Error(String(error))) };
    }
    const { statusCode, headers, body } = response;
    if (statusCode !== 200) {
      const text = await body.text().catch(() => '');
      const headerTexts = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
      const error = new webApi.WebAPIHTTPError(statusCode, '', headerTexts, text);
      const seconds = Number(headers['retry-after']);
      return statusCode === 429 && Number.isFinite(seconds) && seconds >= 0 ? { error, retryAfterMs: seconds * 1000 } : { error };
    }
    let text: string;
    try {
      text = await body.text();
    } catch (error) {
      return { error: new webApi.WebAPIRequestError(error instanceof Error ? error : new Error(String(error))) };
    }
    try {
      return { result: JSON.parse(text) as Record<string, unknown> };
    } catch {
      // As the Web API client: Slack took the request (it may have posted), so a body that is not JSON is a refusal, not tried again.
      return { result: { ok: false, error: text } };
    }
  }

  return {
    async postMessage(client, place, message) {
      const { origin, path } = endpointOf(client.slackApiUrl);
      // The Web API client adds the workspace of the event to every call (Enterprise Grid installs need it).
      const teamId = (client as unknown as { teamId?: unknown }).teamId;
      const body =
        `{"channel":${JSON.stringify(place.channel)}` +
        (place.threadTs !== undefined ? `,"thread_ts":${JSON.stringify(place.threadTs)}` : '') +
        (typeof teamId === 'string' ? `,"team_id":${JSON.stringify(teamId)}` : '') +
        `,${messageTail(message)}`;
      const request: Dispatcher.RequestOptions = {
        origin,
        path,
        method: 'POST',
        headers: { authorization: `Bearer ${client.token ?? ''}`, 'content-type': JSON_CONTENT_TYPE, accept: 'application/json' },
        body,
      };
      for (let tried = 0; ; tried += 1) {
        const outcome = await limit(() => attempt(request));
        if ('result' in outcome) {
          const { result } = outcome;
          const warnings = (result.response_metadata as { warnings?: unknown } | undefined)?.warnings;
          if (Array.isArray(warnings)) for (const warning of warnings) logger.warn({ method: METHOD, warning }, 'Slack warned about a request');
          if (result.ok !== true) throw new webApi.WebAPIPlatformError(result as unknown as webApi.WebAPICallResult & { error: string });
          return;
        }
        if (tried >= retry.retries) throw outcome.error;
        logger.warn({ method: METHOD, err: outcome.error, attempt: tried + 1 }, 'a Slack Web API request failed; trying again');
        await sleep(Math.max(outcome.retryAfterMs ?? 0, Math.round(minTimeout * retry.factor ** tried)));
      }
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs at most `max` tasks at once; the others wait in order. */
function createLimit(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
