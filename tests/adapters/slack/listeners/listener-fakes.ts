import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from '@slack/bolt';
import { vi } from 'vitest';
import { allCommands } from '../../../../commands';
import { createAnswer } from '../../../../src/adapters/slack/listeners/answer';
import type { ListenerContext } from '../../../../src/adapters/slack/listeners/listener-context';
import type { MessagePoster } from '../../../../src/adapters/slack/message-poster';
import { createRecentIds } from '../../../../src/adapters/slack/recent-ids';
import type { Dispatcher } from '../../../../src/core/dispatcher';
import { createRegistry } from '../../../../src/core/registry';
import type { Actor, Reply } from '../../../../src/core/request';
import { createLogger } from '../../../../src/logger';

/** Fakes for calling one listener directly, without Bolt or a fake Slack: what it asks the command layer and what it sends. */
export const TEAM = 'T1';
export const USER = 'U1';
export const CHANNEL = 'C1';

export function infoReply(body: string, visibility: Reply['visibility'] = 'public'): Reply {
  return { kind: 'info', title: 'Title', body, suggestions: [], visibility };
}

/** Answers every request with a reply naming it; mayRun says yes and forms start empty unless a test says otherwise. */
export function fakeDispatcher() {
  return {
    handleText: vi.fn<Dispatcher['handleText']>(async ({ text }) => infoReply(`text: ${text}`)),
    handleCommand: vi.fn<Dispatcher['handleCommand']>(async ({ commandName }) => infoReply(`command: ${commandName}`)),
    handleAction: vi.fn<Dispatcher['handleAction']>(async ({ token }) => infoReply(`action: ${token}`)),
    autocomplete: vi.fn<Dispatcher['autocomplete']>(async () => []),
    mayRun: vi.fn<Dispatcher['mayRun']>(() => true),
    formDefaults: vi.fn<Dispatcher['formDefaults']>(async () => ({ ok: true, options: {} })),
  };
}

/** The Web API methods the listeners call, each recording its arguments. */
export function fakeClient() {
  const ok = async (_args: Record<string, unknown>) => ({ ok: true });
  return {
    chat: { postMessage: vi.fn(ok), postEphemeral: vi.fn(ok) },
    views: { open: vi.fn(ok), publish: vi.fn(ok) },
    files: { uploadV2: vi.fn(ok) },
  };
}

/**
 * Posts through the fake client's chat.postMessage, with the arguments the Web API client would
 * take, so a listener test reads every public reply there (message-poster.test.ts tests the poster).
 */
const posterThroughClient: MessagePoster = {
  async postMessage(client, { channel, threadTs }, message) {
    await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: message.text, blocks: message.blocks });
  },
};

export function listenerContext(overrides: Partial<ListenerContext> = {}) {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  const dispatcher = fakeDispatcher();
  const actors = {
    actorFor: vi.fn(async (_client: unknown, _team: string | undefined, userId: string): Promise<Actor> => ({ platform: 'slack', userId, displayName: userId })),
  };
  const context = {
    dispatcher,
    registry: createRegistry(allCommands),
    actors,
    poster: posterThroughClient,
    logger,
    track: (work: () => Promise<void>) => work(),
    answer: createAnswer(logger),
    seen: createRecentIds(),
    ...overrides,
  } satisfies ListenerContext;
  return { context, dispatcher, actors, logs: () => lines.join('') };
}

/** Bolt's listener arguments are wide unions; a test gives the parts the listener reads. */
export function args<T>(parts: Record<string, unknown>): T {
  return { ack: vi.fn(async () => {}), respond: vi.fn(async () => {}), ...parts } as T;
}

/** A click on a button of one of the bot's messages (none given: an ephemeral one). */
export function click(parts: { channel?: string; message?: Record<string, unknown>; action?: Record<string, unknown> }, client = fakeClient()) {
  return args<SlackActionMiddlewareArgs & AllMiddlewareArgs>({
    body: {
      type: 'block_actions',
      user: { id: USER, name: 'una', team_id: TEAM },
      team: { id: TEAM },
      ...(parts.channel ? { channel: { id: parts.channel } } : {}),
      ...(parts.message ? { message: parts.message } : {}),
    },
    action: { type: 'button', action_id: 'show_fact_0', value: 'company-size', ...parts.action },
    client,
  });
}
