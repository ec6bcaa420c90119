import type { Language } from '../core/languages';
import type { Fact } from '../facts/fact';
import { shorten } from '../moderation/format';
import { sourceMessages } from './messages-nl';
import { closestSentence, quoteIsInText } from './quote-check';
import type { SourceLookup } from './source';

/**
 * What a curated fact must have beyond its shape: a claim status, a registered source, and
 * quotes that are really in that source's text (when the project holds the text). Checked
 * by `facts validate`, at start, and by `fact add` / `fact edit`.
 */
export function citationProblems(fact: Fact, sources: SourceLookup, language: Language): string[] {
  const messages = sourceMessages(language);
  const problems: string[] = [];
  if (!fact.claim) problems.push(messages.claimRequired);
  const sourceId = fact.source.id;
  if (!sourceId) return [...problems, messages.sourceIdRequired];
  const source = sources.get(sourceId);
  if (!source) return [...problems, messages.unknownSource(sourceId)];
  if (source.text === undefined) return problems;
  fact.source.quotes.forEach((quote, index) => {
    if (!quoteIsInText(quote, source.text!)) {
      const closest = closestSentence(quote, source.text!);
      problems.push(messages.quoteNotInSource(index + 1, shorten(quote, 300), source.title, closest));
    }
  });
  return problems;
}
