import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBot, ENTRY_POINTS } from '../../scripts/build.mjs';
import { REPO_ROOT, tempDatabasePath } from '../helpers/run-process';

interface Metafile {
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}

const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The package an import names: "pg", "@slack/bolt", "discord.js" (not "node:fs"). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function runBuilt(script: string, input: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npm run build: the production bundle in dist/', () => {
  // Inside the project, so that the bundle's package imports resolve from node_modules as dist/'s do.
  const cacheDir = join(REPO_ROOT, 'node_modules', '.cache');
  let outdir: string;
  let metafile: Metafile;
  beforeAll(async () => {
    mkdirSync(cacheDir, { recursive: true });
    outdir = mkdtempSync(join(cacheDir, 'factbot-build-test-'));
    metafile = (await buildBot({ outdir })) as Metafile;
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('imports nothing at run time but Node built-ins and the runtime dependencies, so `npm ci --omit=dev` suffices', () => {
    const imported = new Set(Object.values(metafile.outputs).flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path)));
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const notRuntime = [...imported].filter((specifier) => !builtins.has(specifier) && !(packageOf(specifier) in packageJson.dependencies));
    expect(notRuntime).toEqual([]);
    expect(imported).toContain('better-sqlite3');
  });

  it('writes every entry point, the shard entry and the index worker beside main.js where they are looked for', () => {
    for (const name of Object.keys(ENTRY_POINTS)) expect(existsSync(join(outdir, `${name}.js`)), name).toBe(true);
    expect(readFileSync(join(outdir, 'main.js'), 'utf8')).toContain('./shard-entry.js');
    expect(readFileSync(join(outdir, 'main.js'), 'utf8')).toContain('./index-worker.js');
  });

  it('runs: the built console chat answers a question on standard input', async () => {
    const result = await runBuilt(join(outdir, 'main.js'), 'How large is the Dutch contingent?\nexit\n', { DATABASE_PATH: tempDatabasePath() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Size of the Dutch infantry company going to Iraq');
    expect(result.stdout).toContain('145');
  });

  it('checks health as Docker does: dist/healthcheck.js exits 0 while the bot is healthy, 1 when it is gone', async () => {
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = String((probe.address() as AddressInfo).port);
    await new Promise((resolve) => probe.close(resolve));
    const bot = spawn(process.execPath, [join(outdir, 'main.js')], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', DATABASE_PATH: tempDatabasePath(), HEALTH_PORT: port } });
    bot.stdout.resume();
    bot.stderr.resume();
    try {
      let healthy = await runBuilt(join(outdir, 'healthcheck.js'), '', { HEALTH_PORT: port });
      for (let attempt = 0; healthy.code !== 0 && attempt < 100; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        healthy = await runBuilt(join(outdir, 'healthcheck.js'), '', { HEALTH_PORT: port });
      }
      expect(healthy.code).toBe(0);
      expect(JSON.parse(healthy.stdout)).toMatchObject({ status: 'ok' });
    } finally {
      bot.kill('SIGTERM');
      await once(bot, 'exit');
    }
    const gone = await runBuilt(join(outdir, 'healthcheck.js'), '', { HEALTH_PORT: port });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('/healthz did not answer');
    const unset = await runBuilt(join(outdir, 'healthcheck.js'), '', {});
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('HEALTH_PORT is not set');
  });

  it('is what npm start runs, rebuilt first whenever esbuild is installed', () => {
    expect(packageJson.scripts.start).toMatch(/^node (--enable-source-maps )?dist\/main\.js$/);
    expect(packageJson.scripts.prestart).toBe('node scripts/build.mjs --if-available');
    expect(packageJson.scripts.build).toBe('node scripts/build.mjs');
  });
});
