import type { Translation } from '../src/language/catalogue';
import type { Language } from '../src/core/languages';
import { ANSWER_MESSAGES } from './answer-messages';

/** ANSWER_MESSAGES in Dutch, for questions asked in Dutch. A test checks that every key has a translation. */
export const ANSWER_MESSAGES_NL: Translation<typeof ANSWER_MESSAGES> = Object.freeze({
  emptyQuestionTitle: 'Stel me een vraag',
  emptyQuestion:
    'Typ een vraag over de Nederlandse infanteriecompagnie die naar Irak is gestuurd, bijvoorbeeld: "Hoeveel soldaten gaan er?" Typ `onderwerpen` om te zien waar ik iets over weet.',
  noWordsQuestion:
    'Ik kon daar geen woorden in vinden. Stel je vraag in gewone tekst, bijvoorbeeld: "Wanneer begint de missie?"',
  noMatchTitle: 'Dat weet ik niet',
  noMatch: (topics: string) =>
    `Ik kon daar geen antwoord op vinden in mijn feitenbestand over de Nederlandse inzet in Irak, en ik zeg dat liever dan te gokken. Probeer het anders te formuleren, of vraag naar een van deze onderwerpen: ${topics}.`,
  nearMissTitle: 'Dat staat niet in het artikel',
  nearMiss: 'Ik kon het antwoord daarop niet in het artikel vinden, en ik zeg dat liever dan te gokken. Het behandelt wel deze verwante feiten:',
  unsaid: (note: string) => `${note} Het behandelt wel deze verwante feiten:`,
  ambiguousTitle: 'Bedoelde je…',
  ambiguous: 'Je vraag past bij meer dan één feit. Welke bedoelde je?',
  topicsTitle: 'Waar ik antwoord op kan geven',
  topicsIntro: 'Ik beantwoord vragen over Nederland dat een infanteriecompagnie naar Irak stuurt, en de context daaromheen:',
  topicsFooter: 'Vraag het in je eigen woorden; typfouten zijn geen probleem. `onderwerpen <naam>` toont de feiten van één onderwerp.',
  topicLine: (label: string, count: number, examples: string) => `• **${label}** (${count} ${count === 1 ? 'feit' : 'feiten'}), bijv. ${examples}`,
  topicFactsTitle: (label: string) => `${label}: waar ik antwoord op kan geven`,
  topicFactsIntro: (count: number) => `${count} ${count === 1 ? 'feit' : 'feiten'} over dit onderwerp; kies er een of vraag het in je eigen woorden:`,
  unknownTopicTitle: 'Onbekend onderwerp',
  unknownTopic: (name: string, topics: string) => `Er is geen onderwerp “${name}”. De onderwerpen zijn: ${topics}.`,
  unknownFactDidYouMean: (ids: string) => ` Bedoelde je ${ids}?`,
  claimMissing: 'nog niet vastgelegd (stel het in met `fact bewerk <id> --claim …`)',
  supersessionShownUntil: (until: string, id: string) =>
    `De melding "Bijgewerkt …; daarvoor" wordt getoond tot ${until}; wis die nu met \`fact bewerk ${id} --update_note clear\`.`,
  retiredNote: 'Dit feit is buiten gebruik: het wordt niet gebruikt om vragen te beantwoorden. Een moderator kan het terugzetten met `fact herstel`.',
  helpTitle: 'Zo gebruik je deze bot',
  helpIntro: 'Stel een vraag in je eigen woorden, of gebruik een van deze commando\'s (zo getypt krijg je het antwoord in het Nederlands):',
  helpModeratorHeading: 'Commando\'s voor moderators',
  helpLine: (usage: string, description: string) => `• \`${usage}\`: ${description}`,
  helpUsage: (usage: string) => `Gebruik: \`${usage}\``,
  helpOptional: ' (optioneel)',
  helpUnknownCommand: (name: string) => `Er is geen commando "${name}".`,
});

/** What an answer in Dutch adds when the fact has no Dutch text yet. */
export const DUTCH_ANSWER_NOTES = Object.freeze({
  noDutchText: 'Van dit feit is nog geen Nederlandse tekst; hieronder het Engelse antwoord.',
});

export function answerMessages(language: Language = 'en'): Translation<typeof ANSWER_MESSAGES> {
  return language === 'nl' ? ANSWER_MESSAGES_NL : ANSWER_MESSAGES;
}
