import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { FAKE_IDS, fakeGuild, fakeMessage } from './fake-payloads';

/**
 * A small stand-in for Discord on 127.0.0.1: the REST routes the bot calls and a gateway
 * that says HELLO, answers heartbeats, sends READY and GUILD_CREATE, and lets a test push
 * INTERACTION_CREATE. Every REST call is recorded so tests can read what the bot sent.
 */

export { FAKE_IDS } from './fake-payloads';

export interface RecordedRequest {
  method: string;
  /** Decoded path without the query string, e.g. /api/v10/webhooks/1/tok/messages/@original */
  path: string;
  query: string;
  authorization: string | undefined;
  body: any;
  /** The Content-Type header the body was sent with. */
  contentType: string | undefined;
  /** The body as sent, undecoded: JSON text, or a multipart form; empty without a body. */
  raw: string;
  /** Files uploaded with a multipart request (a timeline picture). */
  files?: UploadedFile[];
}

export interface UploadedFile {
  name: string;
  contentType: string;
  data: Buffer;
}

export interface FakeDiscord {
  /** The REST base to hand to discord.js (it appends /v10). */
  readonly apiUrl: string;
  readonly requests: RecordedRequest[];
  /** REST calls ("PATCH /api/...") and gateway closes ("gateway closed"), in the order they happened. */
  readonly timeline: string[];
  /** Resolves when a gateway session closes. */
  nextGatewayClose(): Promise<void>;
  /** Every IDENTIFY payload a client sent, in order. */
  readonly identifies: any[];
  /** Sends INTERACTION_CREATE on the identified gateway session of the given shard (default 0). */
  pushInteraction(interaction: Record<string, unknown>, shardId?: number): void;
  /** Makes the next matching REST call fail with the given status, as a Discord outage would. */
  failNext(matches: (request: RecordedRequest) => boolean, status: number): void;
  /** Calls `listener` with every REST request as it arrives (the benchmark times answers with it). */
  onRequest(listener: (request: RecordedRequest) => void): void;
  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(matches: (request: RecordedRequest) => boolean, what: string, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export interface FakeDiscordOptions {
  /** What GET /gateway/bot recommends, for sharding tests. */
  recommendedShards?: number;
  /** Keep every request in `requests` (default); a long benchmark turns it off so memory stays flat. */
  keepRequests?: boolean;
}

const HEARTBEAT_INTERVAL_MS = 41_250;

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const identifies: any[] = [];
  const timeline: string[] = [];
  const closeListeners: Array<() => void> = [];
  const requestListeners: Array<(request: RecordedRequest) => void> = [];
  const keepRequests = options.keepRequests ?? true;
  const waiters: Array<{ matches: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void }> = [];
  const failures: Array<{ matches: (request: RecordedRequest) => boolean; status: number }> = [];
  const sessions = new Set<{ socket: WebSocket; sequence: number; shardId: number }>();
  let messageCounter = 0;

  const server = createServer((request, response) => {
    readBody(request)
      .then(async (raw) => handleRest(request, response, raw.toString('utf8'), await uploadedFiles(raw, request.headers['content-type'])))
      .catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
  });
  const gateway = new WebSocketServer({ server, path: '/gateway' });
  gateway.on('connection', (socket) => acceptGatewaySession(socket));

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  function record(request: RecordedRequest): void {
    for (const listener of requestListeners) listener(request);
    if (!keepRequests) return;
    requests.push(request);
    timeline.push(`${request.method} ${request.path}`);
    for (const waiter of [...waiters]) {
      if (waiter.matches(request)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
  }

  function handleRest(request: IncomingMessage, response: ServerResponse, raw: string, files: UploadedFile[] | undefined): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const method = request.method ?? 'GET';
    const body = raw ? parseBody(raw, request.headers['content-type']) : undefined;
    const json = (status: number, payload: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    const recorded: RecordedRequest = { method, path, query: url.search, authorization: request.headers.authorization, contentType: request.headers['content-type'], body, raw, ...(files ? { files } : {}) };
    record(recorded);
    const failure = failures.find((candidate) => candidate.matches(recorded));
    if (failure) {
      failures.splice(failures.indexOf(failure), 1);
      return json(failure.status, { message: 'Injected failure', code: 0 });
    }

    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${port}/gateway`,
        shards: options.recommendedShards ?? 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      return void response.writeHead(204).end();
    }
    const webhook = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/.exec(path);
    if (webhook) {
      if (method === 'DELETE') return void response.writeHead(204).end();
      if (method === 'PATCH' || method === 'POST') return json(200, fakeMessage(String(++messageCounter), body));
    }
    if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = Array.isArray(body) ? body : [];
      return json(200, commands.map((command: object, index: number) => ({ id: String(300 + index), application_id: FAKE_IDS.application, version: '1', ...command })));
    }
    json(404, { message: 'Unknown route in the fake', code: 0 });
  }

  function acceptGatewaySession(socket: WebSocket): void {
    const session = { socket, sequence: 0, shardId: -1 };
    const send = (payload: object) => socket.send(JSON.stringify(payload));
    const dispatch = (event: string, data: object) => send({ op: 0, t: event, s: ++session.sequence, d: data });
    send({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw));
      if (frame.op === 1) return send({ op: 11 });
      if (frame.op === 2) {
        identifies.push(frame.d);
        const shard: [number, number] = frame.d.shard ?? [0, 1];
        session.shardId = shard[0];
        // Discord routes a guild to shard (guild_id >> 22) % shard_count; the fake keeps its one guild on shard 0.
        const guilds = shard[0] === 0 ? [{ id: FAKE_IDS.guild, unavailable: true }] : [];
        dispatch('READY', {
          v: 10,
          user: { id: FAKE_IDS.botUser, username: 'factbot', discriminator: '0', global_name: null, avatar: null, bot: true },
          guilds,
          session_id: `session-${identifies.length}`,
          resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
          shard,
          application: { id: FAKE_IDS.application, flags: 0 },
        });
        if (guilds.length > 0) dispatch('GUILD_CREATE', fakeGuild());
        sessions.add(session);
      }
    });
    socket.on('close', () => {
      sessions.delete(session);
      timeline.push('gateway closed');
      for (const listener of closeListeners.splice(0)) listener();
    });
  }

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    timeline,
    identifies,
    nextGatewayClose: () => new Promise((resolve) => closeListeners.push(resolve)),
    pushInteraction(interaction, shardId = 0) {
      const session = [...sessions].find((candidate) => candidate.shardId === shardId);
      if (!session) throw new Error(`No gateway session of shard ${shardId} is connected to the fake`);
      session.socket.send(JSON.stringify({ op: 0, t: 'INTERACTION_CREATE', s: ++session.sequence, d: interaction }));
    },
    onRequest(listener) {
      requestListeners.push(listener);
    },
    failNext(matches, status) {
      failures.push({ matches, status });
    },
    waitForRequest(matches, what, timeoutMs = 5_000) {
      const earlier = requests.find(matches);
      if (earlier) return Promise.resolve(earlier);
      return new Promise((resolve, reject) => {
        const waiter = { matches, resolve: (request: RecordedRequest) => (clearTimeout(timer), resolve(request)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          const seen = requests.map((request) => `${request.method} ${request.path}`).join('\n  ');
          reject(new Error(`The fake Discord saw no ${what} within ${timeoutMs} ms. Requests so far:\n  ${seen}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    async close() {
      for (const client of gateway.clients) client.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The file parts of a multipart body, read with the platform's own multipart parser; undefined for other bodies. */
async function uploadedFiles(raw: Buffer, contentType: string | undefined): Promise<UploadedFile[] | undefined> {
  if (!contentType?.startsWith('multipart/form-data')) return undefined;
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const files: UploadedFile[] = [];
  for (const [, value] of form) {
    if (typeof value === 'string') continue;
    files.push({ name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
  return files;
}

/** discord.js sends JSON, or multipart with a payload_json part when files are attached. */
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (contentType?.startsWith('multipart/form-data')) {
    const match = /name="payload_json"\r\n(?:[^\r\n]*\r\n)*\r\n([\s\S]*?)\r\n--/.exec(raw);
    return match ? JSON.parse(match[1]!) : raw;
  }
  return JSON.parse(raw);
}
