import { startFakeDiscord } from '../../tests/fakes/discord/fake-discord';
import { FAKE_IDS } from '../../tests/fakes/discord/fake-payloads';
import { MEMBERS, slashCommand } from '../../tests/fakes/discord/interactions';
import { startBotProcess, REPO_ROOT } from './bot-process';
import { createAnswerWaiters } from './burst';
import type { ChatTarget } from './chat-target';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.bench.not-a-real-token';
const CALLBACK = /^\/api\/v10\/interactions\/\d+\/([^/]+)\/callback$/;
const EDIT = /^\/api\/v10\/webhooks\/\d+\/([^/]+)\/messages\/@original$/;

/**
 * Our bot (`src/main.ts`, as `npm start` runs it, on a scratch SQLite copy of knowledge/) or
 * the direct-reply stand-in, each with a fake Discord of its own. An answer is the type-4
 * callback or, after a deferral, the edit of the original reply.
 */
export async function startDiscordTarget(kind: 'ours' | 'stand-in', nodeArgs: readonly string[] = []): Promise<ChatTarget> {
  const fake = await startFakeDiscord({ keepRequests: false });
  const answers = createAnswerWaiters(30_000);
  const counts = { deferred: 0, edited: 0 };
  fake.onRequest((request) => {
    const callback = CALLBACK.exec(request.path);
    if (callback && request.body?.type === 5) counts.deferred += 1;
    if (callback && request.body?.type === 4) answers.answered(callback[1]!);
    const edit = request.method === 'PATCH' ? EDIT.exec(request.path) : null;
    if (edit) {
      counts.edited += 1;
      answers.answered(edit[1]!);
    }
  });
  const { process: bot } =
    kind === 'ours'
      ? startBotProcess('src/main.ts', {
          KNOWLEDGE_DIR: `${REPO_ROOT}/knowledge`,
          DATABASE_PATH: 'facts.db',
          DISCORD_TOKEN: TOKEN,
          DISCORD_CLIENT_ID: FAKE_IDS.application,
          DISCORD_GUILD_ID: FAKE_IDS.guild,
          DISCORD_API_URL: fake.apiUrl,
        }, [], nodeArgs)
      : startBotProcess('bench/chat/stand-in-bots.ts', {}, ['discord', fake.apiUrl, TOKEN], nodeArgs);

  const ask = async (question: string) => {
    const interaction = slashCommand(MEMBERS.reader, 'ask', { question });
    // Throws while no gateway session is connected; the answer cannot arrive before the waiter is set.
    fake.pushInteraction(interaction.payload);
    return answers.expect(interaction.token);
  };
  return {
    name: kind === 'ours' ? 'our bot' : 'stand-in (direct reply)',
    ask,
    notes: () => `${counts.deferred} deferred, ${counts.edited} edited`,
    botOutput: () => bot.output(),
    cpuSeconds: () => bot.cpuSeconds(),
    async stop() {
      await bot.stop();
      await fake.close();
    },
  };
}
