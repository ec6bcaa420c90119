import { resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractBabelConfig from 'dependency-cruiser/config-utl/extract-babel-config';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';

// The layer rules live in .dependency-cruiser.cjs; `npx depcruise src commands` shows the same by hand.
const FIXTURE = resolve('tests/architecture/fixtures/layers');

async function violations(baseDir: string) {
  const options = await extractDepcruiseOptions(resolve('.dependency-cruiser.cjs'));
  const babelConfig = await extractBabelConfig(resolve('.dependency-cruiser.babel.json'));
  const result = await cruise(['src', 'commands'], { ...options, baseDir, validate: true }, undefined, { babelConfig });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  // Without a TypeScript reader it would skip every .ts file and find nothing wrong.
  expect(result.output.summary.totalCruised).toBeGreaterThanOrEqual(baseDir === FIXTURE ? 5 : 150);
  return result.output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`);
}

describe('the layers', () => {
  it('follow the rules: commands use no adapter or platform library, core runs only itself, adapters only translate, nothing uses async hooks', async () => {
    expect(await violations(process.cwd())).toEqual([]);
  }, 60_000);

  it('are checked: each rule catches a tree that breaks it, and a type import into core is allowed', async () => {
    const found = await violations(FIXTURE);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^commands-stay-platform-neutral: commands\/uses-platform\.ts -> .*node_modules\/discord\.js\//),
        'commands-stay-platform-neutral: commands/uses-platform.ts -> src/adapters/chat/send.ts',
        'adapters-only-translate: src/adapters/chat/send.ts -> src/store/read.ts',
        'core-imports-only-itself-and-types: src/core/dispatch.ts -> src/store/read.ts',
        'no-async-hooks: src/app/request-scope.ts -> async_hooks',
      ]),
    );
    expect(found).toHaveLength(5);
    expect(found.join('\n')).not.toContain('fact-type');
  }, 60_000);
});
