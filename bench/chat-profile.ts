/**
 * `npm run bench:chat:profile -- <discord|slack> [ours|stand-in] [questions] [in flight]`:
 * where a chat bot's CPU goes under the chat benchmark's load. Runs the bot as bench:chat does,
 * with `node --cpu-prof`, sends one warm-up burst and one measured burst, stops it, and prints
 * the share of the measured burst's CPU samples by package or file and the top functions.
 * The .cpuprofile stays in the printed folder, for Chrome DevTools or speedscope.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeDir } from '../src/facts/knowledge-files';
import { REPO_ROOT } from './chat/bot-process';
import { runBurst } from './chat/burst';
import type { ChatTarget } from './chat/chat-target';
import { startDiscordTarget } from './chat/discord-side';
import { summarizeProfile, type CpuProfile } from './chat/profile-summary';
import { startSlackTarget } from './chat/slack-side';

const [platform = 'discord', kind = 'ours', countText = '6000', concurrencyText = '50'] = process.argv.slice(2);
if (!['discord', 'slack'].includes(platform) || !['ours', 'stand-in'].includes(kind)) {
  process.stderr.write('usage: chat-profile.ts <discord|slack> [ours|stand-in] [questions] [in flight]\n');
  process.exit(2);
}
const questions = loadKnowledgeDir(`${REPO_ROOT}/knowledge`).flatMap(({ fact }) => fact.questions.slice(0, 1));
const profileDir = mkdtempSync(join(tmpdir(), 'factbot-profile-'));
const start = platform === 'discord' ? startDiscordTarget : startSlackTarget;
const target: ChatTarget = await start(kind as 'ours' | 'stand-in', ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
/** The profile's sample times are microseconds of the same monotonic clock as process.hrtime. */
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);

let window: { from: number; to: number; count: number };
try {
  await untilAnswering(target);
  const ask = (index: number) => target.ask(questions[index % questions.length]!, index);
  await runBurst({ count: 1_000, concurrency: 20, askOne: ask });
  const count = Number(countText);
  const from = nowMicros();
  await runBurst({ count, concurrency: Number(concurrencyText), askOne: ask });
  window = { from, to: nowMicros(), count };
} finally {
  await target.stop();
}

const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`the bot wrote no profile into ${profileDir}`);
const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
// Beside the profile, the measured burst's bounds in its clock, to compare two profiles by hand.
writeFileSync(join(profileDir, 'window.json'), JSON.stringify(window));
process.stdout.write(`${target.name} on ${platform}, ${window.count} questions, ${concurrencyText} in flight; profile: ${join(profileDir, file)}\n\n`);
process.stdout.write(summarizeProfile(profile, window, REPO_ROOT));

async function untilAnswering(bot: ChatTarget): Promise<void> {
  const giveUpAt = Date.now() + 60_000;
  for (let attempt = 0; ; attempt += 1) {
    const answered = await Promise.race([bot.ask(questions[0]!, attempt).then(() => true, () => false), sleep(1_000).then(() => false)]);
    if (answered) return;
    if (Date.now() > giveUpAt) throw new Error(`${bot.name} never answered.\n${bot.botOutput()}`);
    await sleep(250);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
