import { CLAIM_KINDS } from '../facts/fact';
import { SOURCE_KINDS } from './source';

/** User-visible text about sources, quotes and claims. Tests assert against these constants. */
export const SOURCE_MESSAGES = Object.freeze({
  claimRequired: `claim is required: one of ${CLAIM_KINDS.join(', ')}`,
  sourceIdRequired: 'source is required: the id of the source the quotes come from (see `fact source add`)',
  unknownSource: (id: string) =>
    `source "${id}" is not registered: add its metadata to knowledge/sources/${id}.yaml, or register it with \`fact source add\``,
  quoteNotInSource: (position: number, quote: string, title: string, closest: string | undefined) =>
    `quote ${position} is not in "${title}" (quotes must be verbatim; only spacing and straight/curly quote marks may differ): “${quote}”` +
    (closest ? `. The closest sentence of the source is: “${closest}”` : ''),
  quoteNotVerified: 'quote not verified: the source’s text is not in the project',
  sourcesTitle: 'Source registered',
  sourceAdded: (id: string, hasText: boolean) =>
    `Registered the source **${id}**. Facts can cite it now with \`--source ${id}\`.` +
    (hasText
      ? ' Their quotes are checked against the text you gave.'
      : ' It has no text, so quotes from it are stored as given and answers say "quote not verified"; add knowledge/sources/' +
        `${id}.txt (with ${id}.yaml) to have them checked.`),
  sourceExists: (id: string) => `A source with the id "${id}" exists already. Choose another id. Nothing was changed.`,
  invalidSource: (problems: readonly string[], usage: string) =>
    `That source cannot be registered:\n${problems.map((problem) => `- ${problem}`).join('\n')}\nNothing was changed. Usage: \`${usage}\``,
  kinds: SOURCE_KINDS.join(', '),
});
