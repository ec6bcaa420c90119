import type { StoredFact } from '../src/facts/fact';
import type { Reply } from '../src/core/request';

/** The shared look of a fact in a reply, so answers and `fact show` agree. */
export function factReply(fact: StoredFact, extra: Partial<Reply> = {}): Reply {
  return {
    kind: 'answer',
    title: fact.title,
    body: fact.answer,
    factId: fact.id,
    source: { title: fact.source.title, quote: fact.source.quotes.join(' ') },
    asOf: fact.as_of,
    updatedAt: fact.updatedByModerator ? fact.updatedAt.slice(0, 10) : undefined,
    note: fact.note,
    suggestions: [],
    visibility: 'public',
    ...extra,
  };
}

/** Topic slugs that are acronyms read better in capitals ("us-presence" → "US presence"). */
const ACRONYMS = new Set(['us', 'isis', 'nato', 'oir', 'nl']);

/** "iraqi-politics" → "Iraqi politics". */
export function topicLabel(topic: string): string {
  const words = topic.split('-').map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const label = words.join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Facts grouped by topic, the largest topics first. */
export function topicsOf(facts: readonly StoredFact[]): Map<string, StoredFact[]> {
  const byTopic = new Map<string, StoredFact[]>();
  for (const fact of facts) {
    const list = byTopic.get(fact.topic) ?? [];
    list.push(fact);
    byTopic.set(fact.topic, list);
  }
  return new Map([...byTopic].sort(([a, left], [b, right]) => right.length - left.length || a.localeCompare(b)));
}
