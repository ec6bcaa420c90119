import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const scratchFolders: string[] = [];

/** Removes every folder tempDatabasePath handed out so far. */
export function removeScratchFolders(): void {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

// Registered when a test file imports this helper, so it runs once that file's tests (and the
// processes they started, stopped in their own hooks) are done: no test leaves a folder behind.
afterAll(removeScratchFolders);

/** A scratch folder for one test's database file, removed after the test file. */
export function tempDatabasePath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'factbot-'));
  scratchFolders.push(folder);
  return join(folder, 'facts.db');
}

/** Runs a TypeScript entry point of the project the way npm scripts do (through tsx). */
export function runScript(script: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: REPO_ROOT,
      // A clean environment: no tokens from the developer's shell may switch adapters on.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
