import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Reply } from '../../src/core/request';
import { REPO_ROOT } from '../helpers/run-process';

export interface BotProcess {
  /** Sends one line as the console operator and resolves with the bot's reply to it. */
  send(text: string): Promise<Reply>;
  /** Everything the process logged so far. */
  stderr(): string;
  close(): Promise<void>;
}

/** Starts tests/scale/bot-process.ts and resolves once it has loaded its facts. */
export function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', 'tests/scale/bot-process.ts'], {
    cwd: REPO_ROOT,
    // A clean environment: no tokens from the developer's shell may switch adapters on.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let logged = '';
  child.stderr.on('data', (chunk) => (logged += chunk));
  const waiting: Array<(reply: Reply) => void> = [];
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

  return new Promise((resolveReady, rejectReady) => {
    exited.then((code) => rejectReady(new Error(`The bot process exited (code ${code}) before it was ready:\n${logged}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as { ready?: true; reply?: Reply };
      if (message.ready) {
        resolveReady(process);
      } else if (message.reply) {
        waiting.shift()?.(message.reply);
      }
    });
    const process: BotProcess = {
      send(text) {
        return new Promise((resolve, reject) => {
          waiting.push(resolve);
          child.stdin.write(`${text}\n`, (error) => error && reject(error));
          exited.then((code) => reject(new Error(`The bot process exited (code ${code}):\n${logged}`)));
        });
      },
      stderr: () => logged,
      async close() {
        child.stdin.end();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      },
    };
  });
}
