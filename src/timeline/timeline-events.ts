import { factDateLabel, parseFactDate, pointKey } from '../facts/fact-date';
import type { StoredFact } from '../facts/fact';
import type { Language } from '../core/languages';

/** One dated fact as the timeline draws it. */
export interface TimelineEvent {
  factId: string;
  title: string;
  /** "March 2023", "2014–2017". */
  label: string;
  /** Sortable keys of the first and last day covered; equal for a single date. */
  startKey: string;
  endKey: string;
  isSpan: boolean;
}

/** The live, unretired facts that carry a date, oldest first (a span sorts by its start), titled and dated in a language. */
export function timelineEvents(facts: readonly StoredFact[], language: Language = 'en'): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const fact of facts) {
    if (fact.retired || !fact.date) continue;
    const date = parseFactDate(fact.date);
    if (!date) continue;
    const startKey = pointKey(date.start);
    events.push({
      factId: fact.id,
      title: language === 'nl' && fact.nl ? fact.nl.title : fact.title,
      label: factDateLabel(date, language),
      startKey,
      endKey: date.end ? pointKey(date.end) : startKey,
      isSpan: date.end !== undefined,
    });
  }
  return events.sort((a, b) => a.startKey.localeCompare(b.startKey) || a.endKey.localeCompare(b.endKey) || a.factId.localeCompare(b.factId));
}
