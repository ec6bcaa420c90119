import type { StoredFact } from '../src/facts/fact';
import type { CommandContext } from '../src/core/context';
import type { Provenance, Reply } from '../src/core/request';
import { datedAnswer, reviewCaveat, supersessionNote } from '../src/facts/fact-time';
import { isoDay } from '../src/moderation/format';
import { ANSWER_MESSAGES } from './answer-messages';

/**
 * Where a fact comes from, what kind of claim it is and as of when, as every answer shows it.
 * Facts stored before sources had ids show the title they were stored with.
 */
export function provenanceOf(fact: StoredFact, context: Pick<CommandContext, 'sources' | 'now'>): Provenance {
  const source = context.sources.sourceOf(fact);
  const id = source?.id ?? fact.source.id;
  const title = source?.title ?? fact.source.title ?? fact.source.id ?? '';
  return {
    claim: fact.claim ?? null,
    asOf: fact.as_of,
    caveat: reviewCaveat(fact, isoDay(context.now())) ?? null,
    sources: id ? [{ id, title }] : [],
  };
}

/** The shared look of a fact in a reply, so answers and `fact show` agree. */
export function factReply(fact: StoredFact, context: Pick<CommandContext, 'sources' | 'now'>, extra: Partial<Reply> = {}): Reply {
  const provenance = provenanceOf(fact, context);
  const source = context.sources.sourceOf(fact);
  const update = supersessionNote(fact, isoDay(context.now()));
  return {
    kind: 'answer',
    title: fact.title,
    body: update ? `${datedAnswer(fact)}\n\n${update}` : datedAnswer(fact),
    factId: fact.id,
    source: {
      title: provenance.sources[0]?.title ?? '',
      quote: fact.source.quotes.join(' '),
      ...(source?.text === undefined ? { unverified: true } : {}),
    },
    asOf: fact.as_of,
    updatedAt: fact.updatedByModerator ? fact.updatedAt.slice(0, 10) : undefined,
    note: fact.note,
    ...(fact.claim ? { claim: fact.claim } : {}),
    ...(provenance.caveat ? { caveat: provenance.caveat } : {}),
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
