/**
 * `npm run bench:chat [-- discord|slack]`: answers per second and round-trip percentiles of our
 * Discord and Slack bots (or one of them) under bursts of questions, beside minimal stand-in bots
 * on the same libraries, every bot in its own process against a fake platform on 127.0.0.1.
 * Bounded counts; stops by itself.
 */
import { loadavg } from 'node:os';
import { loadKnowledgeDir } from '../src/facts/knowledge-files';
import { REPO_ROOT } from './chat/bot-process';
import { matcherCpuPerQuestion } from './chat/matcher-cost';
import { medianOfRuns, runBurst, type BurstResult } from './chat/burst';
import type { ChatTarget } from './chat/chat-target';
import { startDiscordTarget } from './chat/discord-side';
import { startSlackTarget } from './chat/slack-side';
import { printPlatform, type LevelRow, type Targets } from './chat/report';

const LEVELS = Object.freeze([
  { concurrency: 1, count: 300 },
  { concurrency: 10, count: 600 },
  { concurrency: 50, count: 1_000 },
  { concurrency: 200, count: 2_000 },
]);
const RUNS_PER_LEVEL = 5;
const WARM_UP_QUESTIONS = 400;
const START_TIMEOUT_MS = 60_000;

const TARGETS: Readonly<Record<'discord' | 'slack', Targets>> = Object.freeze({
  discord: { minThroughputRatio: 0.7, maxP99Ratio: 1.5 },
  slack: { minThroughputRatio: 0.8 },
});

const facts = loadKnowledgeDir(`${REPO_ROOT}/knowledge`).map(({ fact }) => fact);
/** Real questions: the first alternate question of every fact in knowledge/. */
const questions = facts.flatMap((fact) => fact.questions.slice(0, 1));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks until the bot answers (its process needs a moment to connect), then warms it up. */
async function whenAnswering(target: ChatTarget): Promise<void> {
  const giveUpAt = Date.now() + START_TIMEOUT_MS;
  for (let attempt = 0; ; attempt += 1) {
    const asked = target.ask(questions[0]!, attempt).then(() => true, () => false);
    if (await Promise.race([asked, sleep(1_000).then(() => false)])) break;
    if (Date.now() > giveUpAt) throw new Error(`${target.name} never answered.\n${target.botOutput()}`);
    await sleep(250);
  }
  await runBurst({ count: WARM_UP_QUESTIONS, concurrency: 20, askOne: (index) => target.ask(questions[index % questions.length]!, index) });
}

async function measurePlatform(title: string, targets: Targets, start: (kind: 'ours' | 'stand-in') => Promise<ChatTarget>) {
  const ours = await start('ours');
  const standIn = await start('stand-in').catch(async (error: unknown) => {
    await ours.stop();
    throw error;
  });
  try {
    progress(`${title}: starting and warming up both bots`);
    await whenAnswering(ours);
    await whenAnswering(standIn);
    const rows: LevelRow[] = [];
    const cpu = { ours: { seconds: 0, answers: 0 }, standIn: { seconds: 0, answers: 0 } };
    // This process drives the bursts and runs both fake platforms: its CPU per answer of each bot says what that bot's messages cost the fake.
    const here = { ours: 0, standIn: 0 };
    for (const { concurrency, count } of LEVELS) {
      const runs: Record<'ours' | 'standIn', BurstResult[]> = { ours: [], standIn: [] };
      // Alternating runs, so a slow moment of the machine falls on both bots alike.
      for (let run = 1; run <= RUNS_PER_LEVEL; run += 1) {
        progress(`${title}: concurrency ${concurrency}, run ${run} of ${RUNS_PER_LEVEL}`);
        for (const [key, target] of [['ours', ours], ['standIn', standIn]] as const) {
          const cpuBefore = target.cpuSeconds();
          const hereBefore = process.cpuUsage();
          runs[key].push(await runBurst({ count, concurrency, askOne: (index) => target.ask(questions[index % questions.length]!, index) }));
          cpu[key].seconds += target.cpuSeconds() - cpuBefore;
          const hereUsed = process.cpuUsage(hereBefore);
          here[key] += (hereUsed.user + hereUsed.system) / 1e6;
          cpu[key].answers += count;
        }
      }
      rows.push({ concurrency, count, ours: medianOfRuns(runs.ours), standIn: medianOfRuns(runs.standIn) });
    }
    const cpuPerAnswer = (key: keyof typeof cpu) => (1000 * cpu[key].seconds) / cpu[key].answers;
    return printPlatform({
      title,
      rows,
      targets,
      runs: RUNS_PER_LEVEL,
      notes: [
        `CPU per answer in the bot's process over all runs (less sensitive to other load on the machine): ours ${cpuPerAnswer('ours').toFixed(2)} ms, ${standIn.name} ${cpuPerAnswer('standIn').toFixed(2)} ms`,
        `CPU per answer in this process (the bursts and the fake platform): ${((1000 * here.ours) / cpu.ours.answers).toFixed(2)} ms for ours, ${((1000 * here.standIn) / cpu.standIn.answers).toFixed(2)} ms for the ${standIn.name}`,
        `our bot: ${ours.notes()}; ${standIn.name}: ${standIn.notes()}`,
      ],
    });
  } catch (error) {
    process.stderr.write(`${title} failed. Last output of our bot:\n${ours.botOutput().slice(-3_000)}\nof the stand-in:\n${standIn.botOutput().slice(-3_000)}\n`);
    throw error;
  } finally {
    await ours.stop();
    await standIn.stop();
  }
}

function progress(line: string): void {
  process.stderr.write(`  … ${line}\n`);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only !== undefined && only !== 'discord' && only !== 'slack') {
    process.stderr.write('usage: chat-bench.ts [discord|slack]\n');
    process.exit(2);
  }
  process.stdout.write(`load average (1, 5, 15 min) before the run: ${loadavg().map((load) => load.toFixed(2)).join(' ')}\n`);
  const discordOk = only === 'slack' || (await measurePlatform('Discord /ask vs a discord.js bot replying directly with a fixed embed', TARGETS.discord, startDiscordTarget));
  const slackOk = only === 'discord' || (await measurePlatform('Slack mentions vs bare Bolt posting a fixed section in the thread', TARGETS.slack, startSlackTarget));
  const matcherMs = matcherCpuPerQuestion(facts, questions);
  process.stdout.write(`\nthe fact matcher alone: ${matcherMs.toFixed(2)} ms CPU per question (same ${questions.length} questions, in this process); part of our CPU per answer above\n`);
  process.stdout.write(discordOk && slackOk ? '\nall targets met\n' : '\nsome targets missed\n');
  if (!discordOk || !slackOk) process.exitCode = 1;
}

await main();
