import { createInterface } from 'node:readline';
import { renderReplyAsText } from '../adapters/console/render-text';
import { createBotCore, type BotCore } from '../app/bot-core';
import { exitWithStartupError, loadConfigOrExit } from '../app/startup';
import type { Actor, Reply } from '../core/request';
import { toJsonAnswer } from './json-answer';
import { createProcessLogger } from '../logger';

/**
 * `npm run ask -- "question"` answers once; `npm run --silent ask -- --json "question"` answers
 * it as one JSON line, and `--json` without a question answers each line of standard input
 * with one JSON object per line. Standard output carries only answers.
 */
const CLI_ACTOR: Actor = { platform: 'cli', userId: 'cli', displayName: 'command line', isScripted: true };
const USAGE = 'Usage: npm run ask -- [--json] "your question"   or   npm run --silent ask -- --json < questions.txt';

function ask(core: BotCore, question: string): Promise<Reply> {
  return core.dispatcher.handleCommand({ actor: CLI_ACTOR, location: 'cli', commandName: 'ask', options: { question } });
}

async function answerJsonLines(core: BotCore): Promise<void> {
  const lines = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  for await (const line of lines) {
    const reply = await ask(core, line);
    process.stdout.write(`${JSON.stringify(toJsonAnswer(line, reply))}\n`);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const question = args.filter((arg) => arg !== '--json').join(' ');
  if (!json && question.trim() === '') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfigOrExit();
  const logger = createProcessLogger(config, config.logLevel ?? 'warn');
  const core = await createBotCore(config, logger).catch(exitWithStartupError);
  try {
    if (json && question.trim() !== '') process.stdout.write(`${JSON.stringify(toJsonAnswer(question, await ask(core, question)))}\n`);
    else if (json) await answerJsonLines(core);
    else process.stdout.write(`${renderReplyAsText(await ask(core, question))}\n`);
    return 0;
  } finally {
    await core.close();
  }
}

process.exitCode = await main();
