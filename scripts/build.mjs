// @ts-check
/**
 * `npm run build`: bundles the bot's entry points into dist/ with esbuild, so production runs
 * plain `node dist/main.js` with only the runtime dependencies installed.
 *
 * Why esbuild and not `tsc`: the sources import each other without file extensions (module
 * resolution "bundler"), which tsc would emit unchanged and Node's ESM loader cannot resolve.
 * Packages stay external: they are installed by `npm ci --omit=dev`, and better-sqlite3 is native.
 *
 * `node scripts/build.mjs --if-available` (npm's prestart) rebuilds when esbuild is installed,
 * so `npm start` in a checkout always runs the current sources; where dev dependencies were
 * omitted it runs the dist/ that was built before, or says how to build it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = join(ROOT, 'dist');

/** Output name (dist/<name>.js) to source. One flat folder: sharding finds shard-entry.js, the parallel build index-worker.js, next to main.js. */
export const ENTRY_POINTS = Object.freeze({
  main: 'src/main.ts',
  'shard-entry': 'src/adapters/discord/shard-entry.ts',
  ask: 'src/cli/ask.ts',
  facts: 'src/cli/facts.ts',
  'deploy-discord': 'src/cli/deploy-discord.ts',
  healthcheck: 'src/health/healthcheck-cli.ts',
  // Started as a worker thread by the matcher's parallel build (src/matching/parallel-build.ts), beside main.js.
  'index-worker': 'src/matching/index-worker.ts',
});

export const MISSING_BUILD_MESSAGE =
  'dist/main.js is missing and esbuild (a dev dependency) is not installed. Build first with the dev ' +
  'dependencies (`npm ci && npm run build`), then `npm prune --omit=dev` if you want them gone.';

/**
 * Bundles every entry point into outdir and returns esbuild's metafile (which imports stayed external).
 * @param {{ outdir?: string, esbuild?: typeof import('esbuild') }} [options]
 */
export async function buildBot({ outdir = DIST_DIR, esbuild } = {}) {
  const { build } = esbuild ?? (await import('esbuild'));
  const entryPoints = Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, source]) => [name, join(ROOT, source)]));
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  return result.metafile;
}

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return undefined;
  }
}

async function main() {
  const ifAvailable = process.argv.includes('--if-available');
  const esbuild = await loadEsbuild();
  if (!esbuild) {
    if (ifAvailable && existsSync(join(DIST_DIR, 'main.js'))) return;
    process.stderr.write(`${MISSING_BUILD_MESSAGE}\n`);
    process.exitCode = 1;
    return;
  }
  await buildBot({ esbuild });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
