/** User-visible text of votes, picks and the review of what people asked. Tests assert against these. */
export const FEEDBACK_MESSAGES = Object.freeze({
  helpfulLabel: '👍 Helpful',
  notHelpfulLabel: '👎 Not helpful',
  acceptLabel: (id: number) => `Accept #${id}`,
  dismissLabel: (id: number) => `Dismiss #${id}`,
  voteTitle: 'Thanks for the feedback',
  voteRecorded: (helpful: boolean) =>
    helpful ? 'Noted: this answer helped. Moderators use votes to improve the answers.' : 'Noted: this answer did not help. A moderator will look at it.',
  voteChanged: (helpful: boolean) => (helpful ? 'Changed your vote to helpful.' : 'Changed your vote to not helpful.'),
  voteUnchanged: 'You had already voted that way on this answer.',
  voteNotCounted: 'Thanks! You have given a lot of feedback in the last hour, so this one was not counted.',
  badVerdict: (verdict: string, usage: string) => `"${verdict}" is not a vote: use helpful or not-helpful. Usage: \`${usage}\``,
  missingQuestion: (usage: string) => `A vote needs the question that was answered. Usage: \`${usage}\``,

  reviewTitle: 'What people asked',
  unansweredHeading: (days: number) => `**Unanswered questions** (last ${days} days, most asked first):`,
  notHelpfulHeading: '**Answers voted not helpful:**',
  suggestedHeading: '**Suggested alternate questions** (from picked suggestions and helpful votes):',
  nothingToReview: (days: number) => `Nothing to review: no unanswered questions, "not helpful" votes or suggested alternate questions in the last ${days} days.`,
  none: '(none)',
  reviewHint:
    'Accept a suggestion with `fact alias accept <N>` or dismiss it with `fact alias dismiss <N>`; add your own with `fact alias add <id> <question>`.',

  notASuggestion: (n: string, usage: string) => `There is no suggested alternate question #${n}. \`fact gaps\` lists them. Usage: \`${usage}\``,
  suggestionClosed: (n: number, status: string) => `Suggestion #${n} was ${status} already. Nothing was changed.`,
  suggestionShortened: (n: number, id: string) =>
    `Suggestion #${n} was cut to fit a button, so it is not the full question. Add the full wording yourself: \`fact alias add ${id} <question>\`.`,
  suggestionAlreadyListed: (n: number, id: string, question: string) =>
    `**${id}** already has the question “${question}”; suggestion #${n} is closed. Nothing was changed.`,
  suggestionDismissed: (n: number, question: string, id: string) => `Dismissed suggestion #${n} (“${question}” → **${id}**). It will not be suggested again.`,
  suggestionGone: (n: number, id: string) => `Suggestion #${n} is for fact **${id}**, which no longer exists. Dismiss it with \`fact alias dismiss ${n}\`.`,

  tally: (count: number, lastAt: string, platforms: readonly string[]) =>
    `${count === 1 ? 'once' : `${count} times`}, last ${lastAt}${platforms.length > 0 ? ` (${platforms.join(', ')})` : ''}`,
  votedNotHelpful: (tally: string) => `voted not helpful ${tally}`,
  nowAnsweredBy: (id: string) => ` — now answered by \`${id}\``,
  closestFact: (id: string) => ` — closest fact: \`${id}\``,
});

/** Marks a question that was cut to fit a button, for the moderators who see it. */
export const SHORTENED_MARK = '…';
