/**
 * Messages built to make a text step do more than linear work: the shapes a hostile user can
 * paste into a Slack mention or a DM (Slack allows 40,000 characters). Shared by the test
 * that bounds them and by `npm run bench:adversarial`, which prints the exact timings.
 */
export const ADVERSARIAL_LENGTH = 40_000;

function filled(unit: string, length = ADVERSARIAL_LENGTH): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export const ADVERSARIAL_SHAPES: Readonly<Record<string, string>> = Object.freeze({
  'open curly quotes': filled('“ '),
  'open curly quotes, no spaces': filled('“'),
  'straight quotes': filled('" '),
  'single quotes': filled("' "),
  'closing curly quotes': filled('” '),
  dashes: filled('-'),
  'double dashes': filled('-- '),
  '--flag storm': filled('--answer '),
  '--flag=value storm': filled('--as-of=1 '),
  'unknown --flags': filled('--x '),
  emoji: filled('😀'),
  'emoji words': filled('😀 '),
  'family emoji (ZWJ)': filled('👨‍👩‍👧 '),
  'RTL override marks': filled('\u202E'),
  'RTL words': filled('\u202Eabc\u202C '),
  'combining marks': filled('e\u0301\u0302'),
  'one long word': filled('a'),
  'many words': filled('troops '),
  'newlines and tabs': filled('\n\t'),
  'markdown stars': filled('**a'),
  'Slack control sequences': filled('<!channel> '),
  'lone surrogates': filled('\uD83D '),
});

/** The text commands a message may start with; each parses the rest with the text grammar. */
export const ADVERSARIAL_PREFIXES: readonly string[] = Object.freeze([
  '',
  'ask ',
  'fact show ',
  'topics ',
  'fact add ',
  'fact edit company-size --answer ',
  'fact alias add company-size ',
  'fact history ',
]);
