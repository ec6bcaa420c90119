import type { StoredFact } from '../src/facts/fact';
import type { Reply } from '../src/core/request';
import { ANSWER_MESSAGES } from './answer-messages';

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

/** The topic a few words name ("militias", "US presence", "money"), if they name one. */
export function topicNamed(text: string, topics: Iterable<string>): string | undefined {
  const wanted = wordsOf(text);
  if (wanted === '') return undefined;
  for (const topic of topics) {
    if (wordsOf(topic) === wanted || wordsOf(topicLabel(topic)) === wanted) return topic;
  }
  return undefined;
}

/** Words that may stand around a topic's name without changing it ("about ISIS", "the money"). */
const TOPIC_FILLER = new Set(['about', 'on', 'the', 'of', 'for', 'in', 'and', 'topic']);

/** Lower-case words without punctuation, filler or a plural "s", so "about the Militias?" names "militias". */
function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !TOPIC_FILLER.has(word))
    .map((word) => word.replace(/s$/, ''))
    .join(' ');
}

/** One topic's facts as a reply whose suggestions open each fact. */
export function topicReply(topic: string, facts: readonly StoredFact[]): Reply {
  return {
    kind: 'info',
    title: ANSWER_MESSAGES.topicFactsTitle(topicLabel(topic)),
    body: ANSWER_MESSAGES.topicFactsIntro(facts.length),
    suggestions: facts.map((fact) => ({ factId: fact.id, title: fact.title })),
    visibility: 'public',
  };
}
