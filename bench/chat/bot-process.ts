import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const TSX_LOADER = import.meta.resolve('tsx');

export interface BotProcess {
  /** What the process wrote to stderr so far (logs; the reason if it died). */
  output(): string;
  /** CPU seconds (user + system) the process has used so far; NaN where /proc is missing. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/**
 * Runs a bot as its own process, the way `npm start` runs one, in a scratch folder (so no
 * developer .env is read) with a clean environment: only the variables given, nothing secret.
 */
export function startBotProcess(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  /** Options for Node itself, such as `--cpu-prof` (bench:chat:profile). */
  nodeArgs: readonly string[] = [],
): { process: BotProcess; scratch: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'factbot-bench-'));
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', TSX_LOADER, resolve(REPO_ROOT, script), ...args], {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    // Only the tail matters (why it died); the bot's info logs would grow without end.
    stderr = (stderr + String(chunk)).slice(-20_000);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    scratch,
    process: {
      output: () => stderr,
      cpuSeconds: () => cpuSecondsOf(child.pid),
      async stop() {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const hardStop = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(hardStop);
        rmSync(scratch, { recursive: true, force: true });
      },
    },
  };
}

const CLOCK_TICKS_PER_SECOND = 100;

function cpuSecondsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) : utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}
