import type { Command } from '../src/core/command';
import { ANSWER_MESSAGES } from './answer-messages';
import { topicLabel, topicNamed, topicReply, topicsOf } from './fact-presentation';

const EXAMPLES_PER_TOPIC = 2;

export const topicsCommand = {
  name: 'topics',
  description: 'List the topics the bot can answer questions about',
  dutch: { name: 'onderwerpen', description: 'Toon de onderwerpen waarover de bot vragen kan beantwoorden' },
  usage: 'topics [name]',
  moderatorOnly: false,
  options: [{ name: 'topic', description: 'A topic whose facts to list', required: false, kind: 'string', positional: true, rest: true, maxLength: 100 }],
  run(request, context) {
    const byTopic = topicsOf(context.index.facts);
    const asked = request.options.topic?.trim();
    if (asked) {
      const topic = topicNamed(asked, byTopic.keys());
      if (topic) return topicReply(topic, byTopic.get(topic)!);
      return {
        kind: 'info',
        title: ANSWER_MESSAGES.unknownTopicTitle,
        body: ANSWER_MESSAGES.unknownTopic(asked.slice(0, 100), [...byTopic.keys()].map(topicLabel).join(', ')),
        suggestions: [],
        visibility: 'private',
      };
    }
    const lines = [...byTopic].map(([topic, facts]) => {
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
