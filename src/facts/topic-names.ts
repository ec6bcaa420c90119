import { parseDocument } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../core/languages';

/** The file in a knowledge folder that names each topic in each language; it holds no facts. */
export const TOPICS_FILE_NAME = 'topics.yaml';

/** A topic's name in one language: the label replies show, and other names people type for it. */
export interface TopicName {
  label: string;
  names: readonly string[];
}

/** By topic slug (`militias`), its names in each language. A topic not here is labelled from its slug. */
export type TopicNames = ReadonlyMap<string, Readonly<Record<Language, TopicName>>>;

export const NO_TOPIC_NAMES: TopicNames = new Map();

const TOPIC_NAME_MAX = 60;
const nameText = z.string().trim().min(1, 'must not be empty').max(TOPIC_NAME_MAX, `must be at most ${TOPIC_NAME_MAX} characters`);
const TopicNameSchema = z.object({ label: nameText, names: z.array(nameText).default([]) }).strict();
const TopicSchema = z.object({ en: TopicNameSchema, nl: TopicNameSchema }).strict();
const TopicsFileSchema = z.object({ topics: z.record(z.string(), z.unknown()) }).strict();
const TOPIC_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The topic names of a topics file's text, or the problems that stop them, each naming the
 * file, the topic and the field, as fact problems name the fact.
 */
export function parseTopicNames(file: string, text: string): { names: TopicNames; problems: string[] } {
  const shape = TopicsFileSchema.safeParse(parseDocument(text).toJS());
  if (!shape.success) return { names: NO_TOPIC_NAMES, problems: [`${file}: must be a mapping with a "topics:" mapping of topic slugs`] };
  const names = new Map<string, Record<Language, TopicName>>();
  const problems: string[] = [];
  for (const [topic, raw] of Object.entries(shape.data.topics)) {
    if (!TOPIC_SLUG.test(topic)) {
      problems.push(`${file}: topic "${topic}": must be a topic slug as facts write it (lower-case words joined by "-")`);
      continue;
    }
    const parsed = TopicSchema.safeParse(raw);
    if (parsed.success) names.set(topic, parsed.data);
    else problems.push(`${file}: topic "${topic}": ${parsed.error.issues.map((issue) => `field ${issue.path.join('.') || '(topic)'}: ${issue.message}`).join('; ')}`);
  }
  // One name for two topics would list whichever comes first: refused, naming both.
  const topicOf = new Map<string, string>();
  for (const topic of names.keys()) {
    for (const [, name] of namesByLanguage(topic, names)) {
      const key = name.toLowerCase();
      const other = topicOf.get(key);
      if (other !== undefined && other !== topic) problems.push(`${file}: topic "${topic}": the name "${name}" is also a name of topic "${other}"`);
      else topicOf.set(key, topic);
    }
  }
  return { names, problems };
}

/** Every name a topic goes by in each language: its label first, then the other names. */
export function namesByLanguage(topic: string, topicNames: TopicNames): Array<[Language, string]> {
  const entry = topicNames.get(topic);
  if (!entry) return [];
  return LANGUAGES.flatMap((language) => [entry[language].label, ...entry[language].names].map((name): [Language, string] => [language, name]));
}

/** Topic slugs that are acronyms read better in capitals ("us-presence" → "US presence"). */
const ACRONYMS = new Set(['us', 'isis', 'nato', 'oir', 'nl']);

/** A topic's label from its slug alone, for a topic the topics file does not name: "iraqi-politics" → "Iraqi politics". */
export function slugLabel(topic: string): string {
  const words = topic.split('-').map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
  const label = words.join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
