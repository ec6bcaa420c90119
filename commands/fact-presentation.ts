import type { Fact, StoredFact } from '../src/facts/fact';
import type { CommandContext } from '../src/core/context';
import type { Provenance, Reply } from '../src/core/request';
import { datedAnswer, reviewCaveat, supersessionNote } from '../src/facts/fact-time';
import type { Language } from '../src/core/languages';
import { namesByLanguage, NO_TOPIC_NAMES, slugLabel, type TopicNames } from '../src/facts/topic-names';
import { showFactAction } from '../src/feedback/feedback-actions';
import { isoDay } from '../src/moderation/format';
import { answerMessages, DUTCH_ANSWER_NOTES } from './answer-messages-nl';

/**
 * Where a fact comes from, what kind of claim it is and as of when, as every answer shows it.
 * Facts stored before sources had ids show the title they were stored with.
 */
export function provenanceOf(fact: StoredFact, context: Pick<CommandContext, 'sources' | 'now'>, language: Language = 'en', today = isoDay(context.now())): Provenance {
  const source = context.sources.sourceOf(fact);
  const id = source?.id ?? fact.source.id;
  const title = source?.title ?? fact.source.title ?? fact.source.id ?? '';
  return {
    claim: fact.claim ?? null,
    asOf: fact.as_of,
    caveat: reviewCaveat(fact, today, language) ?? null,
    sources: id ? [{ id, title }] : [],
  };
}

/** A fact's title in a language: its Dutch title where it has one, else the English. */
export function factTitle(fact: Pick<Fact, 'title' | 'nl'>, language: Language = 'en'): string {
  return language === 'nl' && fact.nl ? fact.nl.title : fact.title;
}

/**
 * The answer text in a language. A fact with no Dutch text yet answers a Dutch question in
 * English, saying so in Dutch first.
 */
export function answerText(fact: StoredFact, language: Language = 'en'): string {
  const answer = datedAnswer(fact, language);
  return language === 'nl' && !fact.nl ? `${DUTCH_ANSWER_NOTES.noDutchText}\n\n${answer}` : answer;
}

/**
 * The shared look of a fact in a reply, so answers and `fact show` agree. Quotes stay verbatim
 * in the source's language; the labels around them follow the reply's language.
 */
export function factReply(
  fact: StoredFact,
  context: Pick<CommandContext, 'sources' | 'now'>,
  extra: Partial<Reply> = {},
  language: Language = 'en',
  /** When the caller has it already (an answer's match carries it). */
  provenance = provenanceOf(fact, context, language),
): Reply {
  const source = context.sources.sourceOf(fact);
  const update = supersessionNote(fact, isoDay(context.now()), language);
  const answer = answerText(fact, language);
  return {
    kind: 'answer',
    title: factTitle(fact, language),
    body: update ? `${answer}\n\n${update}` : answer,
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
    ...(language === 'en' ? {} : { language }),
    ...extra,
  };
}
/**
 * A topic's label in a language, as knowledge/topics.yaml names it ("militias" → "Milities"),
 * else from its slug ("iraqi-politics" → "Iraqi politics").
 */
export function topicLabel(topic: string, language: Language = 'en', topicNames: TopicNames = NO_TOPIC_NAMES): string {
  return topicNames.get(topic)?.[language].label ?? slugLabel(topic);
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

/** Whether a message is short enough to be a topic's name, with its filler ("about the US presence"). */
export function mayNameATopic(text: string): boolean {
  return text.trim().split(/\s+/, TOPIC_NAME_MAX_WORDS + 1).length <= TOPIC_NAME_MAX_WORDS;
}

const TOPIC_NAME_MAX_WORDS = 5;

/**
 * The topic a few words name ("militias", "US presence") in either language ("milities",
 * "Amerikaanse aanwezigheid"), and whether only its Dutch names say so: "geld" is Dutch whatever
 * a detector makes of one word, while "Erbil" says nothing about its language.
 */
export function topicNamedIn(text: string, topics: Iterable<string>, topicNames: TopicNames = NO_TOPIC_NAMES): NamedTopic | undefined {
  return topicLookup(topics, topicNames).get(wordsOf(text));
}

/**
 * `topicNamedIn` among the topics of these facts, in their order. The words that name each topic
 * are read once per list of facts (the live index gives a new list when the facts change), not
 * for every short question.
 */
export function topicNamedAmong(text: string, facts: readonly StoredFact[], topicNames: TopicNames = NO_TOPIC_NAMES): NamedTopic | undefined {
  let kept = lookupsByFacts.get(facts);
  if (!kept || kept.topicNames !== topicNames) {
    kept = { topicNames, lookup: topicLookup(new Set(facts.map((fact) => fact.topic)), topicNames) };
    lookupsByFacts.set(facts, kept);
  }
  return kept.lookup.get(wordsOf(text));
}

export interface NamedTopic {
  topic: string;
  inDutch: boolean;
}

const lookupsByFacts = new WeakMap<readonly StoredFact[], { topicNames: TopicNames; lookup: ReadonlyMap<string, NamedTopic> }>();

/** By the words of each name (as `wordsOf` reads them), the topic it names: the first topic naming them wins. */
function topicLookup(topics: Iterable<string>, topicNames: TopicNames): ReadonlyMap<string, NamedTopic> {
  const lookup = new Map<string, NamedTopic>();
  for (const topic of topics) {
    const bySlug = new Set([wordsOf(topic), wordsOf(slugLabel(topic))]);
    const languagesOf = new Map<string, Set<Language>>();
    for (const [language, name] of namesByLanguage(topic, topicNames)) {
      const words = wordsOf(name);
      languagesOf.set(words, (languagesOf.get(words) ?? new Set<Language>()).add(language));
    }
    for (const words of new Set([...bySlug, ...languagesOf.keys()])) {
      if (words === '' || lookup.has(words)) continue;
      const languages = languagesOf.get(words);
      lookup.set(words, { topic, inDutch: !bySlug.has(words) && languages?.size === 1 && languages.has('nl') });
    }
  }
  return lookup;
}

/**
 * The language to list a named topic in: Dutch when only a Dutch name was typed, else the
 * request's (an English name does not turn a Dutch command name or a Dutch client's request English).
 */
export function topicListLanguage(named: { inDutch: boolean }, requested: Language): Language {
  return named.inDutch ? 'nl' : requested;
}

/** Words that may stand around a topic's name without changing it ("about ISIS", "the money", "over de milities"). */
const TOPIC_FILLER = new Set(['about', 'on', 'the', 'of', 'for', 'in', 'and', 'topic', 'over', 'de', 'het', 'een', 'van', 'voor', 'en', 'onderwerp']);

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
export function topicReply(topic: string, facts: readonly StoredFact[], language: Language = 'en', topicNames: TopicNames = NO_TOPIC_NAMES): Reply {
  const messages = answerMessages(language);
  return {
    kind: 'info',
    title: messages.topicFactsTitle(topicLabel(topic, language, topicNames)),
    body: messages.topicFactsIntro(facts.length),
    // Each button shows its fact in the list's language.
    suggestions: facts.map((fact) => ({ factId: fact.id, title: factTitle(fact, language), action: showFactAction(fact.id, factTitle(fact, language), language) })),
    visibility: 'public',
    ...(language === 'en' ? {} : { language }),
  };
}
