import type { CommandContext } from '../core/context';
import type { AutocompleteChoice } from '../core/request';
import type { Fact } from '../facts/fact';
import type { Language } from '../core/languages';
import { shorten } from './format';

/** Discord shows at most 25 choices of at most 100 characters each. */
export const MAX_FACT_CHOICES = 25;

/**
 * Fact ids whose id or title (English or Dutch) contains what the moderator has typed so far,
 * each shown with its title in the language the command layer chose.
 */
export async function suggestFactIds(
  context: CommandContext,
  partial: string,
  language: Language,
  which: 'active' | 'retired' | 'all' = 'active',
): Promise<AutocompleteChoice[]> {
  const facts = which === 'active' ? context.index.facts : await context.store.listFacts({ includeRetired: true });
  const needle = partial.trim().toLowerCase();
  const mentions = (fact: Fact) => fact.id.includes(needle) || fact.title.toLowerCase().includes(needle) || (fact.nl?.title.toLowerCase().includes(needle) ?? false);
  return facts
    .filter((fact) => which !== 'retired' || fact.retired)
    .filter((fact) => !needle || mentions(fact))
    .slice(0, MAX_FACT_CHOICES)
    .map((fact) => factChoice(fact, language));
}

/** A fact as a choice: its id as the value, shown with its title, in Dutch where the fact has a Dutch title. */
export function factChoice(fact: Pick<Fact, 'id' | 'title' | 'nl'>, language: Language): AutocompleteChoice {
  const title = language === 'nl' && fact.nl ? fact.nl.title : fact.title;
  return { name: shorten(`${fact.id} — ${title}`, 100), value: fact.id };
}
