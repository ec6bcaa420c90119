import { echoed } from '../core/truncate';

/** User-visible text of the moderation commands. Tests assert against these constants. */
export const MODERATION_MESSAGES = Object.freeze({
  addedTitle: 'Fact added',
  updatedTitle: 'Fact updated',
  retiredTitle: 'Fact retired',
  restoredTitle: 'Fact restored',
  revertedTitle: 'Fact reverted',
  historyTitle: (id: string) => `History of ${id}`,
  staleTitle: 'Facts due for review',

  added: (id: string, revision: number) =>
    `Added **${id}** (revision ${revision}). It is live now: the next question can match it.`,
  edited: (id: string, revision: number, fields: readonly string[]) =>
    `Saved **${id}** as revision ${revision}. Changed: ${fields.join(', ')}. It is live now.`,
  retired: (id: string, revision: number) =>
    `Retired **${id}** (revision ${revision}): it is no longer used for answers. Undo with \`fact restore ${id}\`.`,
  restored: (id: string, revision: number) =>
    `Restored **${id}** (revision ${revision}): it answers questions again.`,
  reverted: (id: string, target: number, revision: number, fields: readonly string[]) =>
    `Reverted **${id}** to the content of revision ${target}, saved as revision ${revision}. Changed: ${fields.join(', ')}.`,
  stillRetired: (id: string) => `Note: **${id}** is retired, so it stays out of answers until \`fact restore ${id}\`.`,
  matcherLagging: 'The change is saved, but the matcher could not reload yet; it will pick the change up on the next reload.',

  invalidId: (id: string, usage: string) =>
    `"${echoed(id)}" is not a valid fact id: ids are 2 to 40 characters of a-z, 0-9 and "-". Usage: \`${usage}\``,
  unknownFact: (id: string, usage: string) =>
    `There is no fact with the id "${echoed(id)}". Type \`topics\` to browse the facts. Usage: \`${usage}\``,
  unknownRevision: (id: string, revision: number, latest: number, usage: string) =>
    `Fact **${id}** has no revision ${revision}: its revisions are 1 to ${latest} (see \`fact history ${id}\`). Usage: \`${usage}\``,
  factExists: (id: string) =>
    `A fact with the id "${id}" exists already. Change it with \`fact edit ${id}\`, or choose another id. Nothing was changed.`,
  factExistsRetired: (id: string) =>
    `A retired fact with the id "${id}" exists already. Bring it back with \`fact restore ${id}\`, or choose another id. Nothing was changed.`,
  staleRevision: (id: string, base: number, newer: number, author: string, platform: string, date: string) =>
    `**${id}** has changed since revision ${base}, which your change was based on: revision ${newer} was saved by ${author} (${platform}) on ${date}. Nothing was saved. Review it with \`fact show ${id}\` and try again.`,
  notSeenYet: (id: string) =>
    `Please look at **${id}** first with \`fact show ${id}\`, so your edit is based on the version you saw; then send the edit again (or name that revision with \`--base <revision>\`). Nothing was changed.`,
  invalidFact: (problems: readonly string[], usage: string) =>
    `That fact cannot be saved:\n${problems.map((problem) => `- ${problem}`).join('\n')}\nNothing was changed. Usage: \`${usage}\``,
  nothingToChange: (usage: string) =>
    `Nothing to change: give at least one field to edit. Usage: \`${usage}\``,
  badUpdateNote: (value: string, usage: string) =>
    `--update_note only takes "clear" (it stops showing "Updated …; before that: …" with the answer); "${value}" is not that. Usage: \`${usage}\``,
  unchanged: (id: string) => `That is what **${id}** says already. Nothing was changed.`,

  badAliasAction: (action: string, usage: string) =>
    `"${echoed(action)}" is not an alias action: use add, remove, accept or dismiss. Usage: \`${usage}\``,
  aliasExists: (id: string, question: string) =>
    `**${id}** already has the question “${question}”. Nothing was changed.`,
  aliasMissing: (id: string, question: string, questions: readonly string[]) =>
    `**${id}** has no alternate question “${question}”.` +
    (questions.length > 0
      ? ` Its alternate questions are:\n${questions.map((entry) => `- ${entry}`).join('\n')}`
      : ' It has no alternate questions.') +
    '\nNothing was changed.',
  aliasAdded: (id: string, question: string, revision: number) =>
    `Added “${question}” to **${id}** (revision ${revision}). Asking it now finds this fact.`,
  aliasRemoved: (id: string, question: string, revision: number) =>
    `Removed “${question}” from **${id}** (revision ${revision}).`,

  badSourceAction: (action: string, usage: string) =>
    `"${action}" is not a source action: use add. Usage: \`${usage}\``,

  alreadyRetired: (id: string) => `**${id}** is retired already. Bring it back with \`fact restore ${id}\`.`,
  notRetired: (id: string) => `**${id}** is not retired, so there is nothing to restore.`,
  revertUnchanged: (id: string, revision: number) =>
    `**${id}** is already the same as revision ${revision}. Nothing was changed.`,

  historyPage: (id: string, newest: number, oldest: number, total: number) =>
    `Revisions ${newest} to ${oldest} of ${total}, newest first.` +
    (oldest > 1 ? ` Older ones: \`fact history ${id} --from ${oldest - 1}\`` : ''),

  badDays: (days: string, max: number, usage: string) =>
    `The number of days must be a whole number from 1 to ${max} (unanswered questions are kept for ${max} days); "${days}" is not. Usage: \`${usage}\``,

  noStale: (today: string) => `No fact is past its review-by date (today is ${today}).`,
  staleIntro: (count: number, today: string) =>
    `${count === 1 ? '1 fact is' : `${count} facts are`} past the review-by date (today is ${today}):`,
  staleHint: 'After checking one, set its next review date: `fact edit <id> --review_by YYYY-MM-DD`',
  pastReviewHint: (id: string, reviewBy: string) =>
    `Past its review-by date (${reviewBy}), so answers carry a caveat. After checking it: \`fact edit ${id} --review_by YYYY-MM-DD\``,
  staleLine: (id: string, title: string, reviewBy: string) => `- \`${id}\` — ${title} (review by ${reviewBy})`,

  showSummary: (id: string, revision: number, topic: string, author: string, date: string) =>
    `id \`${id}\` · revision ${revision} · topic ${topic} · last change by ${author} on ${date}`,
  showClaim: (claim: string, source: string) => `Claim: ${claim} · source \`${source}\``,
  showReviewBy: (date: string) => `review by ${date}`,
  showQuestions: (questions: readonly string[]) => `Alternate questions: ${questions.map((question) => `"${question}"`).join('; ')}`,
  showUnsaid: (notes: readonly string[]) => `What the source does not say (questions about it are declined with this note): ${notes.map((note) => `“${note}”`).join('; ')}`,
  showKeywords: (keywords: readonly string[]) => `Keywords: ${keywords.join(', ')}`,
  none: '(none)',

  revisionHeading: (revision: number, action: string, author: string, platform: string, date: string) =>
    `**Revision ${revision}** · ${action} · ${author} (${platform}) · ${date}`,
  /** The stored action of a revision (add, edit, retire, restore, revert) as a moderator reads it. */
  revisionAction: (action: string) => action,
  revertRetires: 'retired',
  revertRestores: 'restored',

  unsaidNeedsNoteAndQuestions: (usage: string) =>
    `Give --note (what the source does not say) and --questions (how people ask it); for Dutch, both --nl_note and --nl_questions. Usage: ${usage}`,
  unsaidNoSuchEntry: (id: string, given: string, count: number, usage: string) =>
    `**${id}** has ${count} ${count === 1 ? 'entry' : 'entries'} of what the source does not say, so there is no number "${given}" to remove (\`fact show ${id}\` lists them). Usage: ${usage}`,
  dutchNothingGiven: (usage: string) => `Give the Dutch title, answer or questions to set. Usage: ${usage}`,
  dutchNeedsTitleAndAnswer: (id: string, usage: string) =>
    `**${id}** has no Dutch text yet, so give both --nl_title and --nl_answer (a faithful rendering of the English: same claims, hedges and dates). Usage: ${usage}`,

  sourceOptionRequired: (option: string) => `${option} is required`,
  sourceTextTooLong: (max: number) => `text must be at most ${max} characters`,
});
