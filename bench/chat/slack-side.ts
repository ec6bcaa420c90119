import { startFakeSlack, type FakeSlackUser } from '../../tests/fakes/slack/fake-slack';
import { mentionEvent } from '../../tests/fakes/slack/slack-events';
import { startBotProcess, REPO_ROOT } from './bot-process';
import { createAnswerWaiters } from './burst';
import type { ChatTarget } from './chat-target';

const BOT_TOKEN = 'xoxb-111-222-bench-not-a-real-token';
const APP_TOKEN = 'xapp-1-A111-333-bench-not-a-real-token';
/** Questions come from this many people, so the bot's user lookups are part of what is measured. */
const SLACK_ASKERS = 200;

const USERS: Record<string, FakeSlackUser> = Object.fromEntries(
  Array.from({ length: SLACK_ASKERS }, (_, index) => [`UASKER${index}`, { name: `Asker ${index}` }]),
);

/**
 * Our bot (`src/main.ts` in Socket Mode, on a scratch SQLite copy of knowledge/) or bare Bolt
 * posting a fixed section, each with a fake Slack of its own. An answer is the
 * chat.postMessage in the thread of the mention.
 */
export async function startSlackTarget(kind: 'ours' | 'stand-in', nodeArgs: readonly string[] = []): Promise<ChatTarget> {
  const fake = await startFakeSlack({ botToken: BOT_TOKEN, appToken: APP_TOKEN, users: USERS, keepCalls: false });
  const answers = createAnswerWaiters(30_000);
  const counts = { userLookups: 0 };
  fake.onCall((call) => {
    if (call.method === 'chat.postMessage') answers.answered(String(call.args.thread_ts));
    if (call.method === 'users.info') counts.userLookups += 1;
  });
  const { process: bot } =
    kind === 'ours'
      ? startBotProcess('src/main.ts', {
          KNOWLEDGE_DIR: `${REPO_ROOT}/knowledge`,
          DATABASE_PATH: 'facts.db',
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_APP_TOKEN: APP_TOKEN,
          SLACK_API_URL: fake.apiUrl,
        }, [], nodeArgs)
      : startBotProcess('bench/chat/stand-in-bots.ts', {}, ['slack', fake.apiUrl, BOT_TOKEN, APP_TOKEN], nodeArgs);

  return {
    name: kind === 'ours' ? 'our bot' : 'stand-in (bare Bolt)',
    ask(question, index) {
      const event = mentionEvent(question, { user: `UASKER${index % SLACK_ASKERS}` });
      // The ack is not the answer: only a failed delivery (no bot connected yet) fails the question.
      const delivered = fake.sendEvent(event);
      const answered = answers.expect(event.ts);
      delivered.catch((error: Error) => answers.failed(event.ts, error));
      return answered;
    },
    notes: () => `${counts.userLookups} user lookups`,
    botOutput: () => bot.output(),
    cpuSeconds: () => bot.cpuSeconds(),
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
