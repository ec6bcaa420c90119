/**
 * The layer rules (README, "Architecture"). `npm test` checks them (tests/architecture);
 * `npx depcruise src commands` shows any violation by hand.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'commands-stay-platform-neutral',
      comment: 'Commands take a neutral request and return a neutral reply: no adapter, no platform library.',
      severity: 'error',
      from: { path: '^commands/' },
      to: { path: ['^src/adapters/', 'node_modules/(discord\\.js|@discordjs|@slack)/'] },
    },
    {
      name: 'core-imports-only-itself-and-types',
      comment: "The dispatcher, registry and request model run nothing from other layers (Node's own modules aside); other layers may lend them types.",
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/', dependencyTypesNot: ['type-only', 'core'] },
    },
    {
      name: 'adapters-only-translate',
      comment: 'Adapters translate platform <-> command layer; the store, the matcher and moderation are reached through the dispatcher.',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(store|matching|moderation)/' },
    },
    {
      name: 'no-async-hooks',
      comment:
        "Once an AsyncLocalStorage has run, Node 20 runs promise hooks on every promise in the process (13% of the chat bots' CPU): pass values such as the reply language explicitly.",
      severity: 'error',
      from: { path: '^(src|commands)/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?async_hooks$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no compiler API for dependency-cruiser to read, so Babel strips the
    // types first: `import type` lines are erased, and the rules see what a module loads at
    // run time. (@swc/core is there only so dependency-cruiser accepts .ts files at all.)
    parser: 'acorn',
    babelConfig: { fileName: '.dependency-cruiser.babel.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
