/**
 * The minimal bots the chat benchmark measures ours against, on the same libraries and the
 * same fake platforms: the best each library allows for one fixed answer.
 *   discord <apiUrl> <token>: replies directly (one type-4 callback) with a fixed embed.
 *   slack <apiUrl> <botToken> <appToken>: bare Bolt in Socket Mode, posting a fixed section in the thread.
 * Run as a child process by chat-bench.ts; arguments, not the environment, say where to connect.
 * Each loads only its own library, as our bot does (src/main.ts imports only the adapters it
 * starts): loaded first, @slack/bolt's undici 7 installs the process-wide HTTP agent, and
 * discord.js's REST calls then go through it instead of its own undici 6's, a different client
 * from the one a bare discord.js bot (or ours) uses.
 */
import process from 'node:process';

const [platform, apiUrl, token, appToken] = process.argv.slice(2);
const FIXED_TEXT = 'An infantry company of 145 soldiers will be working in Iraq from the 1st of January.';

async function discordStandIn(): Promise<() => Promise<void>> {
  const { Client, EmbedBuilder, Events, GatewayIntentBits } = await import('discord.js');
  const embed = new EmbedBuilder()
    .setColor(0x2f6fdf)
    .setTitle('Size of the Dutch infantry company going to Iraq')
    .setDescription(FIXED_TEXT)
    .addFields({ name: 'Source', value: 'The Dutch send troops to Iraq to counter unpredictable militias' })
    .setFooter({ text: 'As of 2023-07-31' });
  const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, rest: { api: apiUrl! } });
  client.on(Events.Error, (error) => process.stderr.write(`stand-in error: ${error.message}\n`));
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply({ embeds: [embed] }).catch(() => {});
  });
  await client.login(token!);
  return () => client.destroy();
}

async function slackStandIn(): Promise<() => Promise<void>> {
  const { App, LogLevel } = await import('@slack/bolt');
  const app = new App({ token: token!, appToken: appToken!, socketMode: true, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: apiUrl! } });
  app.event('app_mention', async ({ event, say }) => {
    await say({ thread_ts: event.thread_ts ?? event.ts, text: FIXED_TEXT, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: FIXED_TEXT } }] });
  });
  await app.start();
  return async () => {
    await app.stop();
  };
}

const stop = platform === 'discord' ? await discordStandIn() : platform === 'slack' ? await slackStandIn() : undefined;
if (!stop) {
  process.stderr.write('usage: stand-in-bots.ts discord <apiUrl> <token> | slack <apiUrl> <botToken> <appToken>\n');
  process.exit(2);
}
process.once('SIGTERM', () => void stop().finally(() => process.exit(0)));
