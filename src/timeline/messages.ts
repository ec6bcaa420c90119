import type { Translation } from '../language/catalogue';
import type { Language } from '../core/languages';

/** User-visible text of the timeline. Tests assert against these constants. */
export const TIMELINE_MESSAGES = Object.freeze({
  title: 'Timeline of the dated facts',
  subtitle: (count: number, today: string) => `${count} ${count === 1 ? 'event' : 'events'} from the live fact base, as of ${today}`,
  footer: 'Each event names its fact: ask "fact show <id>" for the answer and its source.',
  intro: (count: number) => `${count} dated ${count === 1 ? 'fact' : 'facts'}, oldest first (\`fact show <id>\` shows one):`,
  line: (label: string, title: string, factId: string) => `• **${label}**: ${title} (\`${factId}\`)`,
  emptyTitle: 'No dated facts yet',
  empty: 'None of the facts has a date yet. A moderator can give one with `fact edit <id> --date 2016` (or 2023-03, 2024-01-01, 2014/2017).',
  imageName: 'timeline.png',
  imageDescription: (count: number) => `A timeline of ${count} dated facts from the fact base, each labelled with its date and fact id.`,
});

export const TIMELINE_MESSAGES_NL: Translation<typeof TIMELINE_MESSAGES> = Object.freeze({
  title: 'Tijdlijn van de gedateerde feiten',
  subtitle: (count: number, today: string) => `${count} ${count === 1 ? 'gebeurtenis' : 'gebeurtenissen'} uit het actuele feitenbestand, stand ${today}`,
  footer: 'Elke gebeurtenis noemt haar feit: "fact show <id>" geeft het antwoord en de bron.',
  intro: (count: number) => `${count} ${count === 1 ? 'gedateerd feit' : 'gedateerde feiten'}, oudste eerst (\`fact toon <id>\` toont er een):`,
  line: (label: string, title: string, factId: string) => `• **${label}**: ${title} (\`${factId}\`)`,
  emptyTitle: 'Nog geen gedateerde feiten',
  empty: 'Nog geen enkel feit heeft een datum. Een moderator kan er een geven met `fact bewerk <id> --date 2016` (of 2023-03, 2024-01-01, 2014/2017).',
  imageName: 'tijdlijn.png',
  imageDescription: (count: number) => `Een tijdlijn van ${count} gedateerde feiten uit het feitenbestand, elk met zijn datum en feit-id.`,
});

/** The timeline's text in a language. */
export function timelineMessages(language: Language): Translation<typeof TIMELINE_MESSAGES> {
  return language === 'nl' ? TIMELINE_MESSAGES_NL : TIMELINE_MESSAGES;
}
