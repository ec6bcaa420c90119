import type { Command } from './command';
import { commandUsage } from './command-text';
import { UserError } from './errors';
import { coreMessages } from './messages';

interface Token {
  value: string;
  start: number;
  quoted: boolean;
}

const OPENING_QUOTES: Record<string, string> = { '"': '"', '“': '”', "'": "'" };

/**
 * Where each closing quote next occurs at or after a position. Scanning only moves forward, so
 * remembering the last answer per quote keeps the whole tokenizer linear: without it, a text of
 * many unclosed `“` searched to its end once per quote (seconds of CPU for 40,000 characters).
 */
function closingQuoteFinder(text: string): (closing: string, from: number) => number {
  const last = new Map<string, { from: number; found: number }>();
  return (closing, from) => {
    const known = last.get(closing);
    if (known && known.from <= from && (known.found === -1 || known.found >= from)) return known.found;
    const found = text.indexOf(closing, from);
    last.set(closing, { from, found });
    return found;
  };
}

/** The end of the run of whitespace (or of non-whitespace) starting at `from`; sticky, so each call reads only that run. */
function runEnd(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  pattern.test(text);
  return pattern.lastIndex;
}

/** Splits text into words, honouring "double", “curly” and 'single' quotes at word starts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const nextClosing = closingQuoteFinder(text);
  // One regex object per call: their lastIndex is state.
  const spaces = /\s*/y;
  const word = /\S*/y;
  let index = 0;
  while (index < text.length) {
    index = runEnd(spaces, text, index);
    if (index >= text.length) break;
    const start = index;
    const closing = OPENING_QUOTES[text[index]!];
    if (closing) {
      const end = nextClosing(closing, index + 1);
      if (end !== -1) {
        tokens.push({ value: text.slice(index + 1, end), start, quoted: true });
        index = end + 1;
        continue;
      }
    }
    index = runEnd(word, text, index);
    tokens.push({ value: text.slice(start, index), start, quoted: false });
  }
  return tokens;
}

function unquoteWhole(text: string): string {
  const trimmed = text.trim();
  const closing = OPENING_QUOTES[trimmed[0] ?? ''];
  if (closing && trimmed.length > 1 && trimmed.endsWith(closing) && trimmed.indexOf(closing, 1) === trimmed.length - 1) {
    return trimmed.slice(1, -1);
  }
  return trimmed;
}

/**
 * The console and Slack grammar: bare words fill positional options in order, a rest option
 * takes the remainder verbatim, and `--name value` or `--name=value` sets any option.
 */
export function parseTextOptions(command: Command, text: string): Record<string, string> {
  const options: Record<string, string> = {};
  const positional = command.options.filter((option) => option.positional);
  const byName = new Map(command.options.map((option) => [option.name, option]));
  const tokens = tokenize(text);
  let nextPositional = 0;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.quoted && token.value.startsWith('--') && token.value.length > 2) {
      const [rawName, inlineValue] = splitFlag(token.value.slice(2));
      const name = rawName.replace(/-/g, '_');
      const option = byName.get(name) ?? byName.get(rawName);
      if (!option) throw new UserError('bad_usage', (language) => coreMessages(language).unknownOption(rawName, commandUsage(command, language)));
      let value = inlineValue;
      if (value === undefined) {
        const next = tokens[index + 1];
        if (!next) throw new UserError('bad_usage', (language) => coreMessages(language).missingOptionValue(rawName, commandUsage(command, language)));
        value = next.value;
        index++;
      }
      options[option.name] = value;
      continue;
    }
    const option = positional[nextPositional];
    if (!option) throw new UserError('bad_usage', (language) => coreMessages(language).tooManyArguments(commandUsage(command, language)));
    nextPositional++;
    if (option.rest) {
      options[option.name] = unquoteWhole(text.slice(token.start));
      break;
    }
    options[option.name] = token.value;
  }
  return options;
}

function splitFlag(flag: string): [string, string | undefined] {
  const equals = flag.indexOf('=');
  return equals === -1 ? [flag, undefined] : [flag.slice(0, equals), flag.slice(equals + 1)];
}
