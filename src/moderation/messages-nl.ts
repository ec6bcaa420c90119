import { echoed } from '../core/truncate';
import type { Translation } from '../language/catalogue';
import type { Language } from '../core/languages';
import { MODERATION_MESSAGES } from './messages';

/** MODERATION_MESSAGES in Dutch, for moderators who write Dutch. A test checks that every key has a translation. */
export const MODERATION_MESSAGES_NL: Translation<typeof MODERATION_MESSAGES> = Object.freeze({
  addedTitle: 'Feit toegevoegd',
  updatedTitle: 'Feit bijgewerkt',
  retiredTitle: 'Feit buiten gebruik',
  restoredTitle: 'Feit hersteld',
  revertedTitle: 'Feit teruggezet',
  historyTitle: (id: string) => `Geschiedenis van ${id}`,
  staleTitle: 'Feiten die gecontroleerd moeten worden',

  added: (id: string, revision: number) =>
    `**${id}** toegevoegd (revisie ${revision}). Het is nu actief: de volgende vraag kan erbij passen.`,
  edited: (id: string, revision: number, fields: readonly string[]) =>
    `**${id}** opgeslagen als revisie ${revision}. Gewijzigd: ${fields.join(', ')}. Het is nu actief.`,
  retired: (id: string, revision: number) =>
    `**${id}** buiten gebruik gezet (revisie ${revision}): het wordt niet meer gebruikt voor antwoorden. Ongedaan maken met \`fact herstel ${id}\`.`,
  restored: (id: string, revision: number) =>
    `**${id}** hersteld (revisie ${revision}): het beantwoordt weer vragen.`,
  reverted: (id: string, target: number, revision: number, fields: readonly string[]) =>
    `**${id}** teruggezet naar de inhoud van revisie ${target}, opgeslagen als revisie ${revision}. Gewijzigd: ${fields.join(', ')}.`,
  stillRetired: (id: string) => `Let op: **${id}** is buiten gebruik, dus het blijft buiten de antwoorden tot \`fact herstel ${id}\`.`,
  matcherLagging: 'De wijziging is opgeslagen, maar de zoekindex kon nog niet opnieuw laden; die neemt de wijziging mee bij de volgende keer laden.',

  invalidId: (id: string, usage: string) =>
    `"${echoed(id)}" is geen geldige feit-id: een id is 2 tot 40 tekens a-z, 0-9 en "-". Gebruik: \`${usage}\``,
  unknownFact: (id: string, usage: string) =>
    `Er is geen feit met de id "${echoed(id)}". Typ \`onderwerpen\` om door de feiten te bladeren. Gebruik: \`${usage}\``,
  unknownRevision: (id: string, revision: number, latest: number, usage: string) =>
    `Feit **${id}** heeft geen revisie ${revision}: de revisies zijn 1 tot en met ${latest} (zie \`fact geschiedenis ${id}\`). Gebruik: \`${usage}\``,
  factExists: (id: string) =>
    `Er bestaat al een feit met de id "${id}". Wijzig het met \`fact bewerk ${id}\`, of kies een andere id. Er is niets gewijzigd.`,
  factExistsRetired: (id: string) =>
    `Er bestaat al een buiten gebruik gezet feit met de id "${id}". Haal het terug met \`fact herstel ${id}\`, of kies een andere id. Er is niets gewijzigd.`,
  staleRevision: (id: string, base: number, newer: number, author: string, platform: string, date: string) =>
    `**${id}** is gewijzigd sinds revisie ${base}, waarop jouw wijziging gebaseerd was: revisie ${newer} is opgeslagen door ${author} (${platform}) op ${date}. Er is niets opgeslagen. Bekijk het met \`fact toon ${id}\` en probeer het opnieuw.`,
  notSeenYet: (id: string) =>
    `Bekijk **${id}** eerst met \`fact toon ${id}\`, zodat je wijziging gebaseerd is op de versie die je zag; stuur de wijziging daarna opnieuw (of noem die revisie met \`--base <revisie>\`). Er is niets gewijzigd.`,
  invalidFact: (problems: readonly string[], usage: string) =>
    `Dat feit kan niet worden opgeslagen:\n${problems.map((problem) => `- ${problem}`).join('\n')}\nEr is niets gewijzigd. Gebruik: \`${usage}\``,
  nothingToChange: (usage: string) =>
    `Niets te wijzigen: geef ten minste één veld om te bewerken. Gebruik: \`${usage}\``,
  badUpdateNote: (value: string, usage: string) =>
    `--update_note kent alleen "clear" (dan verdwijnt "Bijgewerkt …; daarvoor: …" bij het antwoord); "${value}" is dat niet. Gebruik: \`${usage}\``,
  unchanged: (id: string) => `Dat staat al zo in **${id}**. Er is niets gewijzigd.`,

  badAliasAction: (action: string, usage: string) =>
    `"${echoed(action)}" is geen alias-actie: gebruik add, remove, accept of dismiss. Gebruik: \`${usage}\``,
  aliasExists: (id: string, question: string) =>
    `**${id}** heeft de vraag “${question}” al. Er is niets gewijzigd.`,
  aliasMissing: (id: string, question: string, questions: readonly string[]) =>
    `**${id}** heeft geen andere vraag “${question}”.` +
    (questions.length > 0
      ? ` De andere vragen zijn:\n${questions.map((entry) => `- ${entry}`).join('\n')}`
      : ' Het heeft geen andere vragen.') +
    '\nEr is niets gewijzigd.',
  aliasAdded: (id: string, question: string, revision: number) =>
    `“${question}” toegevoegd aan **${id}** (revisie ${revision}). Wie dat nu vraagt, vindt dit feit.`,
  aliasRemoved: (id: string, question: string, revision: number) =>
    `“${question}” verwijderd uit **${id}** (revisie ${revision}).`,

  badSourceAction: (action: string, usage: string) =>
    `"${action}" is geen bron-actie: gebruik add. Gebruik: \`${usage}\``,

  alreadyRetired: (id: string) => `**${id}** is al buiten gebruik. Haal het terug met \`fact herstel ${id}\`.`,
  notRetired: (id: string) => `**${id}** is niet buiten gebruik, dus er is niets te herstellen.`,
  revertUnchanged: (id: string, revision: number) =>
    `**${id}** is al gelijk aan revisie ${revision}. Er is niets gewijzigd.`,

  historyPage: (id: string, newest: number, oldest: number, total: number) =>
    `Revisies ${newest} tot en met ${oldest} van ${total}, nieuwste eerst.` +
    (oldest > 1 ? ` Oudere: \`fact geschiedenis ${id} --from ${oldest - 1}\`` : ''),

  badDays: (days: string, max: number, usage: string) =>
    `Het aantal dagen moet een geheel getal van 1 tot en met ${max} zijn (onbeantwoorde vragen worden ${max} dagen bewaard); "${days}" is dat niet. Gebruik: \`${usage}\``,

  noStale: (today: string) => `Geen enkel feit is over zijn controledatum heen (vandaag is het ${today}).`,
  staleIntro: (count: number, today: string) =>
    `${count === 1 ? '1 feit is' : `${count} feiten zijn`} over de controledatum heen (vandaag is het ${today}):`,
  staleHint: 'Geef een feit na controle zijn volgende controledatum: `fact bewerk <id> --review_by JJJJ-MM-DD`',
  pastReviewHint: (id: string, reviewBy: string) =>
    `Over de controledatum heen (${reviewBy}), dus antwoorden krijgen een waarschuwing. Na controle: \`fact bewerk ${id} --review_by JJJJ-MM-DD\``,
  staleLine: (id: string, title: string, reviewBy: string) => `- \`${id}\` — ${title} (controleren vóór ${reviewBy})`,

  showSummary: (id: string, revision: number, topic: string, author: string, date: string) =>
    `id \`${id}\` · revisie ${revision} · onderwerp ${topic} · laatst gewijzigd door ${author} op ${date}`,
  showClaim: (claim: string, source: string) => `Soort bewering: ${claim} · bron \`${source}\``,
  showReviewBy: (date: string) => `controleren vóór ${date}`,
  showQuestions: (questions: readonly string[]) => `Andere vragen: ${questions.map((question) => `"${question}"`).join('; ')}`,
  showUnsaid: (notes: readonly string[]) => `Wat de bron niet zegt (vragen ernaar worden met deze noot afgewezen): ${notes.map((note) => `“${note}”`).join('; ')}`,
  showKeywords: (keywords: readonly string[]) => `Trefwoorden: ${keywords.join(', ')}`,
  none: '(geen)',

  revisionHeading: (revision: number, action: string, author: string, platform: string, date: string) =>
    `**Revisie ${revision}** · ${action} · ${author} (${platform}) · ${date}`,
  revisionAction: (action: string) => REVISION_ACTIONS_NL[action] ?? action,
  revertRetires: 'buiten gebruik gezet',
  revertRestores: 'hersteld',

  unsaidNeedsNoteAndQuestions: (usage: string) =>
    `Geef --note (wat de bron niet zegt) en --questions (hoe mensen het vragen); voor Nederlands zowel --nl_note als --nl_questions. Gebruik: ${usage}`,
  unsaidNoSuchEntry: (id: string, given: string, count: number, usage: string) =>
    `**${id}** heeft ${count} ${count === 1 ? 'vermelding' : 'vermeldingen'} van wat de bron niet zegt, dus er is geen nummer "${given}" om te verwijderen (\`fact toon ${id}\` toont ze). Gebruik: ${usage}`,
  dutchNothingGiven: (usage: string) => `Geef de Nederlandse titel, het antwoord of de vragen die je wilt instellen. Gebruik: ${usage}`,
  dutchNeedsTitleAndAnswer: (id: string, usage: string) =>
    `**${id}** heeft nog geen Nederlandse tekst, dus geef zowel --nl_title als --nl_answer (een getrouwe weergave van het Engels: dezelfde beweringen, voorbehouden en datums). Gebruik: ${usage}`,

  sourceOptionRequired: (option: string) => `${option} is verplicht`,
  sourceTextTooLong: (max: number) => `text mag hoogstens ${max} tekens lang zijn`,
});

const REVISION_ACTIONS_NL: Readonly<Record<string, string>> = { import: 'geïmporteerd', add: 'toegevoegd', edit: 'bewerkt', retire: 'buiten gebruik', restore: 'hersteld', revert: 'teruggezet' };

/** The moderation messages in a language; by default the language of the reply being built. */
export function moderationMessages(language: Language): Translation<typeof MODERATION_MESSAGES> {
  return language === 'nl' ? MODERATION_MESSAGES_NL : MODERATION_MESSAGES;
}
