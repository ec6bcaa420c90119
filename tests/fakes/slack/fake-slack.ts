import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { answerWebApi, type FakeSlackUser, parseArgs, readBody, readUpload, sendJson } from './fake-slack-web-api';

export type { FakeSlackUser } from './fake-slack-web-api';

/**
 * A small stand-in for Slack on 127.0.0.1: the Web API methods the bot calls, a Socket Mode
 * WebSocket that delivers envelopes and records acks, and response_url endpoints.
 * Only what the real @slack/bolt client needs is modelled; the tests say what it must do.
 */

export interface FakeSlackOptions {
  botToken: string;
  appToken?: string;
  teamId?: string;
  botUserId?: string;
  botId?: string;
  users?: Record<string, FakeSlackUser>;
  /** Keep every call in `calls` (default); a long benchmark turns it off so memory stays flat. */
  keepCalls?: boolean;
}

export interface RecordedCall {
  /** A Web API method ("chat.postMessage"), "response_url" for posts to a response URL, or "file_upload" for file bytes sent to an upload URL. */
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
  /** The bytes of a file_upload. */
  data?: Buffer;
}

export interface FakeSlack {
  readonly apiUrl: string;
  readonly origin: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly calls: readonly RecordedCall[];
  /** Resolves once a Socket Mode client is connected and has been sent hello. */
  connected(): Promise<void>;
  /** Delivers an events_api envelope; resolves when the app acks it. */
  sendEvent(event: Record<string, unknown>, options?: { eventId?: string; retryAttempt?: number }): Promise<void>;
  sendInteractive(payload: Record<string, unknown>): Promise<void>;
  sendSlashCommand(payload: Record<string, unknown>): Promise<void>;
  /** A fresh response_url that records what is posted to it. */
  responseUrl(): string;
  /** Calls `listener` with every Web API or response_url call as it arrives (the benchmark times answers with it). */
  onCall(listener: (call: RecordedCall) => void): void;
  /** The first call (already made or still to come) that matches. */
  waitForCall(description: string, matches: (call: RecordedCall) => boolean): Promise<RecordedCall>;
  /** The next call to this method answers with this Slack error instead. */
  failNext(method: string, error: string): void;
  /** The next call to this method waits for its answer until the returned function is called. */
  holdNext(method: string): () => void;
  /** Resolves once no Socket Mode client is connected any more. */
  disconnected(): Promise<void>;
  close(): Promise<void>;
}

const WAIT_LIMIT_MS = 10_000;
/** Socket Mode clients expect a ping from Slack at least every 30 s. */
const PING_EVERY_MS = 10_000;

export async function startFakeSlack(options: FakeSlackOptions): Promise<FakeSlack> {
  const teamId = options.teamId ?? 'T0FAKE';
  const botUserId = options.botUserId ?? 'UBOT';
  const botId = options.botId ?? 'BBOT';
  const calls: RecordedCall[] = [];
  const waiters: Array<{ matches: (call: RecordedCall) => boolean; resolve: (call: RecordedCall) => void }> = [];
  const failures = new Map<string, string>();
  const holds = new Map<string, Promise<void>>();
  let disconnectedWaiters: Array<() => void> = [];
  const ackWaiters = new Map<string, () => void>();
  const sockets = new Set<WebSocket>();
  let connectedWaiters: Array<() => void> = [];
  let counter = 0;
  let messageTs = 1_700_000_000;

  const callListeners: Array<(call: RecordedCall) => void> = [];
  const keepCalls = options.keepCalls ?? true;
  const record = (call: RecordedCall) => {
    for (const listener of callListeners) listener(call);
    if (!keepCalls) return;
    calls.push(call);
    for (const waiter of [...waiters]) {
      if (waiter.matches(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Files upload v2, step 2: the bytes go to the URL that files.getUploadURLExternal gave.
    if (url.pathname.startsWith('/upload/')) {
      const upload = await readUpload(request);
      record({ method: 'file_upload', token: undefined, args: { file_id: url.pathname.slice('/upload/'.length), filename: upload.filename }, data: upload.data });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('OK - ' + upload.data.length);
      return;
    }
    const body = await readBody(request);
    if (url.pathname.startsWith('/response/')) {
      record({ method: 'response_url', token: undefined, args: JSON.parse(body || '{}') as Record<string, unknown> });
      return sendJson(response, { ok: true });
    }
    if (!url.pathname.startsWith('/api/')) return sendJson(response, { ok: false, error: 'unknown_url' }, 404);

    const method = url.pathname.slice('/api/'.length);
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const args = parseArgs(body, request.headers['content-type']);
    record({ method, token, args });
    const hold = holds.get(method);
    if (hold) {
      holds.delete(method);
      await hold;
    }
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      return sendJson(response, { ok: false, error: failure });
    }
    const workspace = { ...options, teamId, botUserId, botId, nextTs: () => `${++messageTs}.000100`, socketUrl: () => `ws://127.0.0.1:${port()}/link/?ticket=${++counter}`, uploadUrl: (fileId: string) => `${origin}/upload/${fileId}` };
    sendJson(response, answerWebApi(method, token, args, workspace));
  });

  const socketServer = new WebSocketServer({ server, path: '/link/' });
  socketServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      if (sockets.size > 0) return;
      const waiting = disconnectedWaiters;
      disconnectedWaiters = [];
      for (const resolve of waiting) resolve();
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string };
      if (message.envelope_id) ackWaiters.get(message.envelope_id)?.();
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack' }, connection_info: { app_id: 'AFAKE' } }));
    const waiting = connectedWaiters;
    connectedWaiters = [];
    for (const resolve of waiting) resolve();
  });
  const pinger = setInterval(() => sockets.forEach((socket) => socket.ping()), PING_EVERY_MS);
  pinger.unref();

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = () => (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port()}`;

  function deliver(envelope: Record<string, unknown>): Promise<void> {
    const socket = [...sockets][0];
    if (!socket) return Promise.reject(new Error('no Socket Mode client is connected to the fake Slack'));
    const envelopeId = `envelope-${++counter}`;
    const acked = new Promise<void>((resolve) => ackWaiters.set(envelopeId, resolve));
    socket.send(JSON.stringify({ envelope_id: envelopeId, ...envelope }));
    return withinLimit(acked, `an ack of ${envelopeId}`).finally(() => ackWaiters.delete(envelopeId));
  }

  return {
    apiUrl: `${origin}/api/`,
    origin,
    teamId,
    botUserId,
    calls,
    connected() {
      if (sockets.size > 0) return Promise.resolve();
      return withinLimit(new Promise<void>((resolve) => connectedWaiters.push(resolve)), 'a Socket Mode connection');
    },
    sendEvent(event, { eventId = `Ev${++counter}`, retryAttempt = 0 } = {}) {
      return deliver({
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: retryAttempt,
        retry_reason: retryAttempt > 0 ? 'timeout' : '',
        payload: eventCallback(event, eventId, teamId, botUserId),
      });
    },
    sendInteractive(payload) {
      return deliver({ type: 'interactive', accepts_response_payload: false, payload });
    },
    sendSlashCommand(payload) {
      return deliver({ type: 'slash_commands', accepts_response_payload: true, payload });
    },
    responseUrl() {
      return `${origin}/response/${++counter}`;
    },
    onCall(listener) {
      callListeners.push(listener);
    },
    waitForCall(description, matches) {
      const done = calls.find(matches);
      if (done) return Promise.resolve(done);
      let waiter!: (typeof waiters)[number];
      const found = new Promise<RecordedCall>((resolve) => {
        waiter = { matches, resolve };
        waiters.push(waiter);
      });
      return withinLimit(found, description, () => `calls so far: ${calls.map((call) => call.method).join(', ') || 'none'}`).finally(() => {
        const index = waiters.indexOf(waiter);
        if (index !== -1) waiters.splice(index, 1);
      });
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    holdNext(method) {
      let release!: () => void;
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => release();
    },
    disconnected() {
      if (sockets.size === 0) return Promise.resolve();
      return withinLimit(new Promise<void>((resolve) => disconnectedWaiters.push(resolve)), 'the Socket Mode client to disconnect');
    },
    async close() {
      clearInterval(pinger);
      for (const socket of sockets) socket.terminate();
      socketServer.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The Events API body, as Slack wraps every event. Exported for the HTTP-mode tests. */
export function eventCallback(event: Record<string, unknown>, eventId: string, teamId: string, botUserId: string): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'AFAKE',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event,
  };
}

/** Turns a hang into a failure that says what never came. */
function withinLimit<T>(promise: Promise<T>, description: string, details: () => string = () => ''): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`fake Slack: still waiting for ${description}. ${details()}`)), WAIT_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
