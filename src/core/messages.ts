import type { Translation } from '../language/catalogue';
import type { Language } from './languages';
import { echoed } from './truncate';

/** User-visible text of the command layer. Tests assert against these constants. */
export const MESSAGES = Object.freeze({
  somethingWentWrong: 'Sorry, something went wrong while handling that. The team has been notified in the logs; please try again.',
  pickOutOfRangeTitle: 'Not one of the choices',
  pickOutOfRange: (choices: number) => (choices === 1 ? 'Type 1 to see that answer, or ask a new question.' : `Type a number from 1 to ${choices} to see that answer, or ask a new question.`),
  somethingWentWrongTitle: 'Something went wrong',
  storeUnavailable: 'The fact store cannot be reached right now, so I cannot do that; nothing was changed. Questions are still answered from the facts loaded last. Please try again shortly.',
  notAModerator: 'Sorry, only moderators can do that. Nothing was changed.',
  notAModeratorTitle: 'Moderators only',
  staleButton: 'That button no longer works (the bot was updated since it was sent). Please ask again.',
  unknownCommand: (name: string) => `There is no command called "${echoed(name)}". Type \`help\` to see what I can do.`,
  unknownOption: (name: string, usage: string) => `I don't know the option "--${echoed(name)}". Usage: \`${usage}\``,
  missingOptionValue: (name: string, usage: string) => `The option "--${echoed(name)}" needs a value. Usage: \`${usage}\``,
  tooManyArguments: (usage: string) => `That has more words than I expected. Usage: \`${usage}\``,
  missingOption: (name: string, usage: string) => `Please give the ${name}. Usage: \`${usage}\``,
  badUsageTitle: 'Not quite',
  invalidInteger: (name: string, usage: string) => `The ${name} must be a whole number. Usage: \`${usage}\``,
  groupCommands: (group: string, usages: string) => ` The ${group} commands are: ${usages}.`,
});

export const MESSAGES_NL: Translation<typeof MESSAGES> = Object.freeze({
  somethingWentWrong: 'Sorry, er ging iets mis bij het afhandelen daarvan. Het team ziet dat in de logboeken; probeer het nog eens.',
  pickOutOfRangeTitle: 'Geen van de keuzes',
  pickOutOfRange: (choices: number) => (choices === 1 ? 'Typ 1 om dat antwoord te zien, of stel een nieuwe vraag.' : `Typ een nummer van 1 tot en met ${choices} om dat antwoord te zien, of stel een nieuwe vraag.`),
  somethingWentWrongTitle: 'Er ging iets mis',
  storeUnavailable: 'Het feitenbestand is nu niet bereikbaar, dus dat kan ik niet doen; er is niets gewijzigd. Vragen worden nog beantwoord met de feiten die het laatst zijn geladen. Probeer het zo nog eens.',
  notAModerator: 'Sorry, alleen moderators kunnen dat doen. Er is niets gewijzigd.',
  notAModeratorTitle: 'Alleen voor moderators',
  staleButton: 'Die knop werkt niet meer (de bot is bijgewerkt sinds hij verstuurd werd). Stel je vraag opnieuw.',
  unknownCommand: (name: string) => `Er is geen commando "${echoed(name)}". Typ \`hulp\` om te zien wat ik kan.`,
  unknownOption: (name: string, usage: string) => `De optie "--${echoed(name)}" ken ik niet. Gebruik: \`${usage}\``,
  missingOptionValue: (name: string, usage: string) => `De optie "--${echoed(name)}" heeft een waarde nodig. Gebruik: \`${usage}\``,
  tooManyArguments: (usage: string) => `Dat zijn meer woorden dan ik verwachtte. Gebruik: \`${usage}\``,
  missingOption: (name: string, usage: string) => `\`${name}\` ontbreekt nog. Gebruik: \`${usage}\``,
  badUsageTitle: 'Niet helemaal',
  invalidInteger: (name: string, usage: string) => `\`${name}\` moet een geheel getal zijn. Gebruik: \`${usage}\``,
  groupCommands: (group: string, usages: string) => ` De ${group}-commando's zijn: ${usages}.`,
});

/** The command layer's messages in a language; by default the language of the reply being built. */
export function coreMessages(language: Language): Translation<typeof MESSAGES> {
  return language === 'nl' ? MESSAGES_NL : MESSAGES;
}
