/** User-visible text of the question-answering commands. Tests assert against these constants. */
export const ANSWER_MESSAGES = Object.freeze({
  emptyQuestionTitle: 'Ask me something',
  emptyQuestion:
    'Please type a question about the Dutch infantry company sent to Iraq, for example: "How many soldiers are going?" Type `topics` to see what I know about.',
  noWordsQuestion:
    'I could not find any words in that. Please ask a question in plain text, for example: "When does the mission start?"',
  noMatchTitle: "I don't know that one",
  noMatch: (topics: string) =>
    `I couldn't find an answer to that in my fact base about the Dutch deployment to Iraq, and I'd rather say so than guess. Try rephrasing, or ask about one of these topics: ${topics}.`,
  nearMissTitle: "The article doesn't say",
  nearMiss:
    "I couldn't find the answer to that in the article, and I'd rather say so than guess. It does cover these related facts:",
  unsaid: (note: string) => `${note} It does cover these related facts:`,
  ambiguousTitle: 'Did you mean…',
  ambiguous: 'Your question could match more than one fact. Which one did you mean?',
  topicsTitle: 'What I can answer',
  topicsIntro: 'I answer questions about the Netherlands sending an infantry company to Iraq, and the context around it:',
  topicsFooter: 'Ask in your own words; typos are fine. `topics <name>` lists one topic\'s facts.',
  topicLine: (label: string, count: number, examples: string) => `• **${label}** (${count} ${count === 1 ? 'fact' : 'facts'}), e.g. ${examples}`,
  topicFactsTitle: (label: string) => `${label}: what I can answer`,
  topicFactsIntro: (count: number) => `${count} ${count === 1 ? 'fact' : 'facts'} on this topic; pick one or ask in your own words:`,
  unknownTopicTitle: 'No such topic',
  unknownTopic: (name: string, topics: string) => `There is no topic called “${name}”. The topics are: ${topics}.`,
  unknownFactDidYouMean: (ids: string) => ` Did you mean ${ids}?`,
  claimMissing: 'not recorded yet (set it with `fact edit <id> --claim …`)',
  supersessionShownUntil: (until: string, id: string) =>
    `The "Updated …; before that" note is shown until ${until}; clear it now with \`fact edit ${id} --update_note clear\`.`,
  retiredNote: 'This fact is retired: it is not used to answer questions. A moderator can bring it back with `fact restore`.',
  helpTitle: 'How to use this bot',
  helpIntro: 'Ask a question in your own words, or use one of these commands:',
  helpModeratorHeading: 'Moderator commands',
  helpLine: (usage: string, description: string) => `• \`${usage}\`: ${description}`,
  helpUsage: (usage: string) => `Usage: \`${usage}\``,
  helpOptional: ' (optional)',
  helpUnknownCommand: (name: string) => `There is no command called "${name}".`,
});
