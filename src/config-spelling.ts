import { closest, distance } from 'fastest-levenshtein';
import { KNOWN_VARIABLES } from './config';

/** Names with these prefixes are meant for the bot: an unknown one is a mistake whatever its spelling. */
const OUR_PREFIXES = ['DISCORD_', 'SLACK_', 'DATABASE_'];

/** Short names get one slip (LOGLEVEL), longer ones two (DISCROD_TOKEN); HOST or PATH are not typos of PORT. */
function isTypoDistance(name: string, known: string): boolean {
  return distance(name, known) <= (name.length >= 8 ? 2 : 1);
}

/**
 * Warnings for variables that look meant for the bot but that it does not read, each naming the
 * closest variable it does read. A misspelt DISCROD_TOKEN would otherwise just leave Discord off.
 */
export function misspeltVariableWarnings(env: Readonly<Record<string, string | undefined>>): string[] {
  const known = new Set(KNOWN_VARIABLES);
  const warnings: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (known.has(name) || !/^[A-Z][A-Z0-9_]*$/.test(name)) continue;
    const nearest = closest(name, [...known]);
    if (!OUR_PREFIXES.some((prefix) => name.startsWith(prefix)) && !isTypoDistance(name, nearest)) continue;
    warnings.push(`${name} is not a setting the bot reads, so it is ignored; did you mean ${nearest}?`);
  }
  return warnings;
}
