import { CLAIM_KINDS } from '../facts/fact';
import type { Translation } from '../language/catalogue';
import type { Language } from '../core/languages';
import { SOURCE_MESSAGES } from './messages';
import { SOURCE_KINDS } from './source';

/** SOURCE_MESSAGES in Dutch. Option names and kinds stay as typed. A test checks that every key has a translation. */
export const SOURCE_MESSAGES_NL: Translation<typeof SOURCE_MESSAGES> = Object.freeze({
  claimRequired: `claim is verplicht: een van ${CLAIM_KINDS.join(', ')}`,
  sourceIdRequired: 'source is verplicht: de id van de bron waar de citaten uit komen (zie `fact bron add`)',
  unknownSource: (id: string) =>
    `bron "${id}" is niet geregistreerd: zet de gegevens ervan in knowledge/sources/${id}.yaml, of registreer hem met \`fact bron add\``,
  quoteNotInSource: (position: number, quote: string, title: string, closest: string | undefined) =>
    `citaat ${position} staat niet in "${title}" (citaten moeten letterlijk zijn; alleen spaties en rechte/gekrulde aanhalingstekens mogen verschillen): “${quote}”` +
    (closest ? `. De zin uit de bron die er het dichtst bij komt: “${closest}”` : ''),
  quoteNotVerified: 'citaat niet gecontroleerd: de tekst van de bron zit niet in het project',
  sourcesTitle: 'Bron geregistreerd',
  sourceAdded: (id: string, hasText: boolean) =>
    `De bron **${id}** is geregistreerd. Feiten kunnen er nu naar verwijzen met \`--source ${id}\`.` +
    (hasText
      ? ' Hun citaten worden gecontroleerd aan de hand van de tekst die je gaf.'
      : ' Er is geen tekst bij, dus citaten eruit worden opgeslagen zoals ze gegeven zijn en antwoorden melden "citaat niet gecontroleerd"; voeg knowledge/sources/' +
        `${id}.txt (met ${id}.yaml) toe om ze te laten controleren.`),
  sourceExists: (id: string) => `Er bestaat al een bron met de id "${id}". Kies een andere id. Er is niets gewijzigd.`,
  invalidSource: (problems: readonly string[], usage: string) =>
    `Die bron kan niet worden geregistreerd:\n${problems.map((problem) => `- ${problem}`).join('\n')}\nEr is niets gewijzigd. Gebruik: \`${usage}\``,
  kinds: SOURCE_KINDS.join(', '),
});

/** The source messages in a language; by default the language of the reply being built. */
export function sourceMessages(language: Language): Translation<typeof SOURCE_MESSAGES> {
  return language === 'nl' ? SOURCE_MESSAGES_NL : SOURCE_MESSAGES;
}
