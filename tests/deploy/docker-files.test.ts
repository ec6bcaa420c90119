import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENTRY_POINTS } from '../../scripts/build.mjs';
import { REPO_ROOT } from '../helpers/run-process';

/**
 * No Docker engine runs here and no image can be pulled, so these check what can be checked:
 * the files parse, agree with each other, with the npm scripts and with what README.md documents.
 */
const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const readme = read('README.md');
const envExample = read('.env.example');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

interface ComposeService {
  image?: string;
  build?: string;
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}
const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> };
const BOTS = ['bot-discord', 'bot-slack'];

/** Dockerfile instructions, continuation lines joined, comments dropped, grouped by build stage. */
function dockerfileStages(): { from: string; instructions: { keyword: string; args: string }[] }[] {
  const lines = read('Dockerfile').replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const stages: { from: string; instructions: { keyword: string; args: string }[] }[] = [];
  for (const line of lines) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword.toUpperCase() === 'FROM') stages.push({ from: args, instructions: [] });
    else stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

/** The dist/ file a `node … dist/x.js` command runs must be one the build writes. */
function expectBuiltEntry(command: string) {
  const file = /dist\/([\w-]+)\.js/.exec(command)?.[1];
  expect(file, command).toBeDefined();
  expect(Object.keys(ENTRY_POINTS), command).toContain(file);
}

describe('compose.yaml', () => {
  it('runs PostgreSQL and two bot processes sharing it, each waiting for the database to be healthy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot-discord', 'bot-slack', 'postgres']);
    for (const name of BOTS) {
      const bot = compose.services[name]!;
      expect(bot.build, name).toBe('.');
      expect(bot.depends_on?.postgres?.condition, name).toBe('service_healthy');
      expect(bot.environment?.DATABASE_URL, name).toMatch(/^postgres:\/\/factbot:\$\{POSTGRES_PASSWORD[^}]*\}@postgres:5432\/factbot$/);
    }
  });

  it('checks health: pg_isready for PostgreSQL, /healthz through dist/healthcheck.js on HEALTH_PORT for each bot', () => {
    expect(compose.services.postgres!.healthcheck?.test.join(' ')).toContain('pg_isready');
    for (const name of BOTS) {
      const bot = compose.services[name]!;
      expectBuiltEntry(bot.healthcheck!.test.join(' '));
      expect(bot.environment?.HEALTH_PORT, name).toMatch(/^\d+$/);
    }
  });

  it('passes only variables the bot knows and README.md and .env.example document', () => {
    const documented = new Set([...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]));
    const bots = BOTS.flatMap((name) => Object.keys(compose.services[name]!.environment ?? {}));
    expect(bots.length).toBeGreaterThan(10);
    for (const variable of bots) {
      expect(documented.has(variable), `${variable} in README's configuration table`).toBe(true);
      expect(envExample, variable).toMatch(new RegExp(`^${variable}=`, 'm'));
    }
    const interpolated = new Set([...read('compose.yaml').matchAll(/\$\{([A-Z_]+)/g)].map((match) => match[1]!));
    for (const variable of interpolated) expect(readme, `${variable} in README`).toContain(`\`${variable}\``);
  });

  it('is documented: README names every service and how to start them', () => {
    for (const name of Object.keys(compose.services)) expect(readme).toContain(`\`${name}\``);
    expect(readme).toContain('docker compose up');
    expect(readme).toContain('/healthz');
  });
});

describe('Dockerfile', () => {
  const stages = dockerfileStages();
  const runtime = stages.at(-1)!;
  const build = stages[0]!;

  it('builds in one stage and runs from a slim Node 20 image in another, as a user other than root', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(read('Dockerfile')).toMatch(/^ARG NODE_IMAGE=node:20-[a-z]+-slim$/m);
    for (const stage of stages) expect(stage.from).toMatch(/^\$\{NODE_IMAGE\}/);
    const users = runtime.instructions.filter((instruction) => instruction.keyword === 'USER');
    expect(users.at(-1)?.args).toMatch(/^(?!root\b|0\b)\S+/);
  });

  it('compiles better-sqlite3 in the build stage only: the runtime stage installs nothing and has no compiler', () => {
    const buildRuns = build.instructions.filter((instruction) => instruction.keyword === 'RUN').map((instruction) => instruction.args);
    expect(buildRuns.some((run) => /\bnpm ci\b/.test(run))).toBe(true);
    expect(buildRuns.some((run) => /g\+\+/.test(run) && /python3/.test(run))).toBe(true);
    expect(buildRuns.some((run) => /npm prune --omit=dev/.test(run))).toBe(true);
    const runtimeRuns = runtime.instructions.filter((instruction) => instruction.keyword === 'RUN').map((instruction) => instruction.args);
    expect(runtimeRuns.filter((run) => /npm (ci|install)|apt-get/.test(run))).toEqual([]);
    expect(runtime.instructions.some((instruction) => instruction.keyword === 'COPY' && instruction.args.includes('--from=build /app/node_modules'))).toBe(true);
  });

  it('runs only npm scripts that exist and copies only files that exist and are not ignored', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#') && !line.startsWith('!'));
    for (const stage of stages) {
      for (const { keyword, args } of stage.instructions) {
        if (keyword === 'RUN') for (const [, script] of args.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, `npm run ${script}`).toHaveProperty(script!);
        if (keyword === 'COPY' && !args.startsWith('--from')) {
          const sources = args.split(/\s+/).filter((word) => !word.startsWith('--')).slice(0, -1);
          for (const source of sources) {
            expect(existsSync(join(REPO_ROOT, source)), source).toBe(true);
            expect(ignored, source).not.toContain(source);
          }
        }
      }
    }
  });

  it('starts the built bot with node (so it gets SIGTERM) and checks its health with the built health check', () => {
    const cmd = runtime.instructions.find((instruction) => instruction.keyword === 'CMD')!.args;
    expect(JSON.parse(cmd)[0]).toBe('node');
    expectBuiltEntry(cmd);
    expect(cmd).toContain('dist/main.js');
    const healthcheck = runtime.instructions.find((instruction) => instruction.keyword === 'HEALTHCHECK')!.args;
    expectBuiltEntry(healthcheck);
    const env = runtime.instructions.filter((instruction) => instruction.keyword === 'ENV').map((instruction) => instruction.args).join(' ');
    expect(env).toMatch(/HEALTH_PORT=\d+/);
    expect(env).toContain('NODE_ENV=production');
  });

  it('keeps secrets, local state and dev-only folders out of the build context (.dockerignore)', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    for (const entry of ['.env', 'node_modules', 'data', 'dist', '.git', 'tests']) expect(ignored).toContain(entry);
  });
});
