import { join } from 'node:path';
import { createBotCore, type BotCore } from '../../../src/app/bot-core';
import { startSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slack-adapter';
import { parseConfig, type SlackConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { CHANNEL, DM_CHANNEL, MEMBER, mentionEvent } from '../../fakes/slack/slack-events';
import { startFakeSlack, type FakeSlack, type FakeSlackUser, type RecordedCall } from '../../fakes/slack/fake-slack';
import { slashCommand, type OpenedView } from '../../fakes/slack/slack-interactions';
import { REPO_SOURCES_DIR } from '../../knowledge/article-sentences';
import { testClock } from '../../helpers/clock';

export const FIXTURE_KNOWLEDGE_DIR = join(import.meta.dirname, 'fixtures', 'knowledge');

/** Fake but well-formed secrets, so the tests can check that none of them reaches the logs. */
export const SECRETS = Object.freeze({
  botToken: 'xoxb-111-222-botTokenNeverLogged',
  appToken: 'xapp-1-A111-333-appTokenNeverLogged',
  signingSecret: 'signingSecretNeverLogged0123456789',
});

export const MODERATOR = 'UMOD';
export const WORKSPACE_ADMIN = 'UADMIN';
export { CHANNEL, directMessageEvent, DM_CHANNEL, MEMBER, mentionEvent, nextTs } from '../../fakes/slack/slack-events';
/** An owner of another organisation's workspace, in a Slack Connect channel shared with ours. */
export const EXTERNAL_OWNER = 'UEXTERNAL';
/** A member whose Slack is set to Dutch. */
export const DUTCH_MEMBER = 'UDUTCH';
/** A moderator whose Slack is set to Dutch. */
export const DUTCH_MODERATOR = 'UDUTCHMOD';

const USERS: Record<string, FakeSlackUser> = {
  [MODERATOR]: { name: 'Mona Moderator' },
  [MEMBER]: { name: 'Max Member' },
  [WORKSPACE_ADMIN]: { name: 'Ada Admin', isAdmin: true },
  [EXTERNAL_OWNER]: { name: 'Otto Outsider', isAdmin: true, isOwner: true, teamId: 'T0OTHERORG' },
  [DUTCH_MEMBER]: { name: 'Daan', locale: 'nl-NL' },
  [DUTCH_MODERATOR]: { name: 'Mirjam', locale: 'nl-NL' },
};

export interface SlackTestBot {
  fake: FakeSlack;
  core: BotCore;
  adapter: SlackAdapter;
  slackConfig: SlackConfig;
  logs(): string;
  stop(): Promise<void>;
}

/** A fresh bot core on a throwaway database, the real Slack adapter, and a fake Slack to talk to. */
export async function startSlackTestBot(options: { mode?: 'socket' | 'http'; logLevel?: string } = {}): Promise<SlackTestBot> {
  const mode = options.mode ?? 'socket';
  const fake = await startFakeSlack({ botToken: SECRETS.botToken, appToken: mode === 'socket' ? SECRETS.appToken : undefined, users: USERS });
  const config = parseConfig({
    KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
    SOURCES_DIR: REPO_SOURCES_DIR,
    DATABASE_PATH: ':memory:',
    SLACK_BOT_TOKEN: SECRETS.botToken,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: SECRETS.appToken } : { SLACK_SIGNING_SECRET: SECRETS.signingSecret }),
    SLACK_MODERATOR_USER_IDS: `${MODERATOR},${DUTCH_MODERATOR}`,
    SLACK_API_URL: fake.apiUrl,
  });
  // Port 0: the system picks a free port for the HTTP-mode server.
  const slackConfig: SlackConfig = { ...config.slack!, port: mode === 'http' ? 0 : config.slack!.port };
  const lines: string[] = [];
  const logger = createLogger(options.logLevel ?? 'warn', { write: (line: string) => void lines.push(line) });
  const core = await createBotCore(config, logger, { now: testClock });
  let adapter: SlackAdapter;
  try {
    adapter = await startSlackAdapter({ config: slackConfig, core, logger });
    if (mode === 'socket') await fake.connected();
  } catch (error) {
    await core.close();
    await fake.close();
    throw error;
  }
  return {
    fake,
    core,
    adapter,
    slackConfig,
    logs: () => lines.join(''),
    async stop() {
      await adapter.stop();
      await core.close();
      await fake.close();
    },
  };
}

const REPLY_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral']);

export function isReply(call: RecordedCall): boolean {
  return REPLY_METHODS.has(call.method);
}

/** The bot's reply in the thread of the message with this ts (public or shown to the asker only). */
export function replyInThread(fake: FakeSlack, threadTs: string): Promise<RecordedCall> {
  return fake.waitForCall(`a reply in thread ${threadTs}`, (call) => isReply(call) && call.args.thread_ts === threadTs);
}

/** Mentions the bot with a question in the channel and waits for its reply in that thread. */
export async function askByMention(fake: FakeSlack, text: string, user = MEMBER): Promise<{ event: ReturnType<typeof mentionEvent>; reply: RecordedCall }> {
  const event = mentionEvent(text, { user });
  await fake.sendEvent(event);
  return { event, reply: await replyInThread(fake, event.ts) };
}

interface Block {
  type: string;
  text?: { text: string };
  elements?: Array<{ text?: string | { text: string }; action_id?: string; value?: string }>;
}

export function blocksOf(call: RecordedCall): Block[] {
  return (call.args.blocks as Block[] | undefined) ?? [];
}

/** The answer section's mrkdwn. */
export function sectionText(call: RecordedCall): string {
  return blocksOf(call).find((block) => block.type === 'section')?.text?.text ?? '';
}

export function contextText(call: RecordedCall): string {
  const context = blocksOf(call).find((block) => block.type === 'context');
  return (context?.elements ?? []).map((element) => (typeof element.text === 'string' ? element.text : '')).join('\n');
}

/** A form as Slack was asked to open it, with the texts a user reads. */
export type ShownView = Omit<OpenedView, 'blocks'> & {
  title: { text: string };
  submit: { text: string };
  close: { text: string };
  blocks: Array<OpenedView['blocks'][number] & { label?: { text: string }; hint?: { text: string } }>;
};

/** The view the bot asks Slack to open (views.open) after an action. */
export async function viewOpenedBy(fake: FakeSlack, action: () => Promise<void>): Promise<ShownView> {
  const before = fake.calls.length;
  await action();
  const call = await fake.waitForCall('views.open', (candidate) => candidate.method === 'views.open' && fake.calls.indexOf(candidate) >= before);
  return call.args.view as ShownView;
}

/** `/facts <text>` typed by a user, as Slack sends it. */
export function sendSlash(fake: FakeSlack, text: string, user: string, command?: string): Promise<void> {
  return fake.sendSlashCommand(slashCommand(text, user, fake.responseUrl(), command));
}
