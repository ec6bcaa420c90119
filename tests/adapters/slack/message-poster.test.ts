import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessagePoster } from '../../../src/adapters/slack/message-poster';
import { renderReply } from '../../../src/adapters/slack/render-blocks';
import { timedAgent } from '../../../src/adapters/slack/timed-fetch';
import type { Reply } from '../../../src/core/request';
import { createLogger } from '../../../src/logger';
import { startFakeSlack, type FakeSlack, type RecordedCall } from '../../fakes/slack/fake-slack';
import { readBody } from '../../fakes/slack/fake-slack-web-api';

const TOKEN = 'xoxb-1-poster-test';
const ANSWER: Reply = {
  kind: 'answer',
  factId: 'company-size',
  title: 'Size of the company',
  body: 'An infantry company of *145* soldiers <@U123> & <!channel>',
  source: { title: 'A source', quote: 'a quote' },
  suggestions: [],
  visibility: 'public',
  actions: [{ label: 'Helpful', commandName: 'vote', options: { id: 'company-size', helpful: 'yes', question: 'how many?' }, shortenable: 'question' }],
};

describe('the message poster (chat.postMessage as JSON)', () => {
  let fake: FakeSlack | undefined;
  let server: Server | undefined;
  const agent = timedAgent(5_000);
  const lines: string[] = [];
  const logger = createLogger('warn', { write: (line: string) => void lines.push(line) });
  const noWait = async () => {};
  afterEach(async () => {
    await fake?.close();
    server?.closeAllConnections();
    server?.close();
    fake = undefined;
    server = undefined;
    lines.length = 0;
  });

  it('gives Slack the same arguments as the Web API client, as JSON with the token in the Authorization header', async () => {
    fake = await startFakeSlack({ botToken: TOKEN });
    const seen: Array<{ call: RecordedCall }> = [];
    fake.onCall((call) => seen.push({ call }));
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: fake.apiUrl, teamId: 'T0FAKE' });
    const message = renderReply(ANSWER);
    await client.chat.postMessage({ channel: 'C1', thread_ts: '100.1', text: message.text, blocks: message.blocks });
    await createMessagePoster({ dispatcher: agent, retry: { retries: 0, factor: 2 }, logger }).postMessage(client, { channel: 'C1', threadTs: '100.1' }, message);

    const [viaClient, viaPoster] = seen.map(({ call }) => call);
    expect(viaPoster!.method).toBe('chat.postMessage');
    expect(viaPoster!.token).toBe(TOKEN);
    expect(viaPoster!.args).toEqual(viaClient!.args);
    expect(viaPoster!.args).toMatchObject({ channel: 'C1', thread_ts: '100.1', team_id: 'T0FAKE', text: message.text });
  });

  it('sends JSON (application/json; charset=utf-8) and leaves out a thread it does not have', async () => {
    const requests: Array<{ contentType: string | undefined; authorization: string | undefined; body: string }> = [];
    server = await slackServer(async (request, response) => {
      requests.push({ contentType: request.headers['content-type'], authorization: request.headers.authorization, body: await readBody(request) });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"ts":"1.2"}');
    });
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: apiUrlOf(server) });
    const message = renderReply(ANSWER);
    await createMessagePoster({ dispatcher: agent, retry: { retries: 0, factor: 2 }, logger }).postMessage(client, { channel: 'D1', threadTs: undefined }, message);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.contentType).toBe('application/json; charset=utf-8');
    expect(requests[0]!.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(requests[0]!.body)).toEqual({ channel: 'D1', text: message.text, blocks: message.blocks });
  });

  it('throws a refusal as the Web API client does (WebAPIPlatformError), without trying again', async () => {
    fake = await startFakeSlack({ botToken: TOKEN });
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: fake.apiUrl });
    fake.failNext('chat.postMessage', 'invalid_blocks');
    const poster = createMessagePoster({ dispatcher: agent, retry: { retries: 3, factor: 2 }, logger, sleep: noWait });
    const error = await poster.postMessage(client, { channel: 'C1', threadTs: '1.1' }, renderReply(ANSWER)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(webApi.WebAPIPlatformError);
    expect(error).toMatchObject({ code: webApi.ErrorCode.PlatformError, data: { ok: false, error: 'invalid_blocks' } });
    expect(fake.calls.filter((call) => call.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('tries again after HTTP errors and a 429 (waiting its Retry-After), as configured, then gives up with the error', async () => {
    const statuses = [500, 429, 200];
    let served = 0;
    server = await slackServer(async (request, response) => {
      await readBody(request);
      const status = statuses[served++] ?? 503;
      if (status === 429) response.writeHead(429, { 'retry-after': '2' }).end();
      else if (status === 200) response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      else response.writeHead(status).end('down');
    });
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: apiUrlOf(server) });
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const poster = createMessagePoster({ dispatcher: agent, retry: { retries: 3, factor: 2 }, logger, sleep });
    await poster.postMessage(client, { channel: 'C1', threadTs: '1.1' }, renderReply(ANSWER));
    expect(served).toBe(3);
    // 1 s, then the longer of 2 s (the backoff) and the 2 s Slack asked for.
    expect(waits).toEqual([1_000, 2_000]);
    expect(lines.join('')).toContain('a Slack Web API request failed; trying again');

    served = 3;
    const error = await poster.postMessage(client, { channel: 'C1', threadTs: '1.1' }, renderReply(ANSWER)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(webApi.WebAPIHTTPError);
    expect(served).toBe(3 + 4);
  });

  it('takes an answer that is not JSON as a refusal, as the Web API client does, and does not post twice', async () => {
    let served = 0;
    server = await slackServer(async (request, response) => {
      await readBody(request);
      served += 1;
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>busy</html>');
    });
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: apiUrlOf(server) });
    const poster = createMessagePoster({ dispatcher: agent, retry: { retries: 3, factor: 2 }, logger, sleep: noWait });
    const error = await poster.postMessage(client, { channel: 'C1', threadTs: '1.1' }, renderReply(ANSWER)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(webApi.WebAPIPlatformError);
    expect(error).toMatchObject({ data: { ok: false, error: '<html>busy</html>' } });
    expect(served).toBe(1);
  });

  it('fails a request Slack cannot be reached for as a WebAPIRequestError', async () => {
    server = await slackServer((_request, response) => void response.end());
    const apiUrl = apiUrlOf(server);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: apiUrl });
    const poster = createMessagePoster({ dispatcher: agent, retry: { retries: 1, factor: 2 }, logger, sleep: noWait });
    const error = await poster.postMessage(client, { channel: 'C1', threadTs: undefined }, renderReply(ANSWER)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(webApi.WebAPIRequestError);
  });

  it('keeps at most maxConcurrency requests in flight; the others wait their turn', async () => {
    let inFlight = 0;
    let most = 0;
    server = await slackServer(async (request, response) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await readBody(request);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight -= 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: apiUrlOf(server) });
    const poster = createMessagePoster({ dispatcher: agent, retry: { retries: 0, factor: 2 }, logger, maxConcurrency: 3 });
    await Promise.all(Array.from({ length: 10 }, (_, index) => poster.postMessage(client, { channel: 'C1', threadTs: `${index}.1` }, renderReply(ANSWER))));
    expect(most).toBe(3);
  });
});

async function slackServer(handler: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>): Promise<Server> {
  const server = createServer((request, response) => void handler(request, response));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

function apiUrlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
}
