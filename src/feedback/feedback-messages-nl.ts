import type { Translation } from '../language/catalogue';
import type { Language } from '../core/languages';
import { FEEDBACK_MESSAGES } from './feedback-messages';

/** FEEDBACK_MESSAGES in Dutch. A test checks that every key has a translation. */
export const FEEDBACK_MESSAGES_NL: Translation<typeof FEEDBACK_MESSAGES> = Object.freeze({
  helpfulLabel: '👍 Nuttig',
  notHelpfulLabel: '👎 Niet nuttig',
  acceptLabel: (id: number) => `Accepteer #${id}`,
  dismissLabel: (id: number) => `Wijs #${id} af`,
  voteTitle: 'Bedankt voor je reactie',
  voteRecorded: (helpful: boolean) =>
    helpful ? 'Genoteerd: dit antwoord hielp. Moderators gebruiken stemmen om de antwoorden te verbeteren.' : 'Genoteerd: dit antwoord hielp niet. Een moderator kijkt ernaar.',
  voteChanged: (helpful: boolean) => (helpful ? 'Je stem is gewijzigd in nuttig.' : 'Je stem is gewijzigd in niet nuttig.'),
  voteUnchanged: 'Je had al zo gestemd over dit antwoord.',
  voteNotCounted: 'Bedankt! Je hebt het afgelopen uur veel reacties gegeven, dus deze is niet meegeteld.',
  badVerdict: (verdict: string, usage: string) => `"${verdict}" is geen stem: gebruik helpful of not-helpful. Gebruik: \`${usage}\``,
  missingQuestion: (usage: string) => `Een stem heeft de vraag nodig die beantwoord is. Gebruik: \`${usage}\``,

  reviewTitle: 'Wat mensen vroegen',
  unansweredHeading: (days: number) => `**Onbeantwoorde vragen** (afgelopen ${days} dagen, vaakst gesteld eerst):`,
  notHelpfulHeading: '**Antwoorden die niet nuttig werden gevonden:**',
  suggestedHeading: '**Voorgestelde andere vragen** (uit gekozen suggesties en nuttige stemmen):',
  nothingToReview: (days: number) => `Niets te beoordelen: geen onbeantwoorde vragen, stemmen "niet nuttig" of voorgestelde andere vragen in de afgelopen ${days} dagen.`,
  none: '(geen)',
  reviewHint:
    'Accepteer een suggestie met `fact alias accept <N>` of wijs haar af met `fact alias dismiss <N>`; voeg zelf een vraag toe met `fact alias add <id> <vraag>`.',

  notASuggestion: (n: string, usage: string) => `Er is geen voorgestelde andere vraag #${n}. \`fact hiaten\` toont ze. Gebruik: \`${usage}\``,
  suggestionClosed: (n: number, status: string) => `Suggestie #${n} was al ${STATUS_NL[status] ?? status}. Er is niets gewijzigd.`,
  suggestionShortened: (n: number, id: string) =>
    `Suggestie #${n} is ingekort om in een knop te passen, dus het is niet de hele vraag. Voeg de volledige formulering zelf toe: \`fact alias add ${id} <vraag>\`.`,
  suggestionAlreadyListed: (n: number, id: string, question: string) =>
    `**${id}** heeft de vraag “${question}” al; suggestie #${n} is gesloten. Er is niets gewijzigd.`,
  suggestionDismissed: (n: number, question: string, id: string) => `Suggestie #${n} (“${question}” → **${id}**) is afgewezen. Ze wordt niet opnieuw voorgesteld.`,
  suggestionGone: (n: number, id: string) => `Suggestie #${n} hoort bij feit **${id}**, dat niet meer bestaat. Wijs haar af met \`fact alias dismiss ${n}\`.`,

  tally: (count: number, lastAt: string, platforms: readonly string[]) =>
    `${count === 1 ? 'één keer' : `${count} keer`}, laatst ${lastAt}${platforms.length > 0 ? ` (${platforms.join(', ')})` : ''}`,
  votedNotHelpful: (tally: string) => `niet nuttig gevonden: ${tally}`,
  nowAnsweredBy: (id: string) => ` — nu beantwoord door \`${id}\``,
  closestFact: (id: string) => ` — dichtstbijzijnde feit: \`${id}\``,
});

/** A suggestion's stored status, as the Dutch sentence says it. */
const STATUS_NL: Readonly<Record<string, string>> = { accepted: 'geaccepteerd', dismissed: 'afgewezen' };

/** The feedback messages in a language; by default the language of the reply being built. */
export function feedbackMessages(language: Language): Translation<typeof FEEDBACK_MESSAGES> {
  return language === 'nl' ? FEEDBACK_MESSAGES_NL : FEEDBACK_MESSAGES;
}
