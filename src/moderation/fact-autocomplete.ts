import type { CommandContext } from '../core/context';
import type { AutocompleteChoice } from '../core/request';
import type { Fact } from '../facts/fact';
import { shorten } from './format';

/** Discord shows at most 25 choices of at most 100 characters each. */
export const MAX_FACT_CHOICES = 25;

/** Fact ids whose id or title contains what the moderator has typed so far. */
export async function suggestFactIds(
  context: CommandContext,
  partial: string,
  which: 'active' | 'retired' | 'all' = 'active',
): Promise<AutocompleteChoice[]> {
  const facts = which === 'active' ? context.index.facts : await context.store.listFacts({ includeRetired: true });
  const needle = partial.trim().toLowerCase();
  return facts
    .filter((fact) => which !== 'retired' || fact.retired)
    .filter((fact) => !needle || fact.id.includes(needle) || fact.title.toLowerCase().includes(needle))
    .slice(0, MAX_FACT_CHOICES)
    .map(factChoice);
}

export function factChoice(fact: Pick<Fact, 'id' | 'title'>): AutocompleteChoice {
  return { name: shorten(`${fact.id} — ${fact.title}`, 100), value: fact.id };
}
