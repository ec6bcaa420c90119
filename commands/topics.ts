import type { Command } from '../src/core/command';
import { ANSWER_MESSAGES } from './answer-messages';
import { topicLabel, topicsOf } from './fact-presentation';

const EXAMPLES_PER_TOPIC = 2;

export const topicsCommand = {
  name: 'topics',
  description: 'List the topics the bot can answer questions about',
  usage: 'topics',
  moderatorOnly: false,
  options: [],
  run(_request, context) {
    const lines = [...topicsOf(context.index.facts)].map(([topic, facts]) => {
      const examples = facts
        .slice(0, EXAMPLES_PER_TOPIC)
        .map((fact) => fact.questions[0] ?? fact.title)
        .map((example) => `"${example}"`)
        .join(', ');
      return `• **${topicLabel(topic)}** (${facts.length} ${facts.length === 1 ? 'fact' : 'facts'}), e.g. ${examples}`;
    });
    return {
      kind: 'info',
      title: ANSWER_MESSAGES.topicsTitle,
      body: [ANSWER_MESSAGES.topicsIntro, ...lines, '', ANSWER_MESSAGES.topicsFooter].join('\n'),
      suggestions: [],
      visibility: 'public',
    };
  },
} satisfies Command;
