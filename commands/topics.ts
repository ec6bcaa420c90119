import type { Command } from '../src/core/command';
import { answerMessages } from './answer-messages-nl';
import { factTitle, topicLabel, topicListLanguage, topicNamedIn, topicReply, topicsOf } from './fact-presentation';

const EXAMPLES_PER_TOPIC = 2;

export const topicsCommand = {
  name: 'topics',
  description: 'List the topics the bot can answer questions about',
  dutch: { name: 'onderwerpen', description: 'Toon de onderwerpen waarover de bot vragen kan beantwoorden', usage: 'onderwerpen [naam]' },
  usage: 'topics [name]',
  moderatorOnly: false,
  home: 'everyone',
  options: [{ name: 'topic', description: 'A topic whose facts to list', dutch: { label: 'Onderwerp', description: 'Een onderwerp waarvan je de feiten wilt zien' }, required: false, kind: 'string', positional: true, rest: true, maxLength: 100 }],
  run(request, context) {
    // No question to read the language from: the dispatcher went by the command's Dutch name ("hulp") or the client's locale.
    const { language } = request;
    const messages = answerMessages(language);
    const { topicNames } = context;
    const byTopic = topicsOf(context.index.facts);
    const asked = request.options.topic?.trim();
    const label = (topic: string) => topicLabel(topic, language, topicNames);
    if (asked) {
      const named = topicNamedIn(asked, byTopic.keys(), topicNames);
      // A topic asked for by its Dutch name ("topics milities") is listed in Dutch.
      if (named) return topicReply(named.topic, byTopic.get(named.topic)!, topicListLanguage(named, language), topicNames);
      return {
        kind: 'info',
        title: messages.unknownTopicTitle,
        body: messages.unknownTopic(asked.slice(0, 100), [...byTopic.keys()].map(label).join(', ')),
        suggestions: [],
        visibility: 'private',
        ...(language === 'en' ? {} : { language }),
      };
    }
    const lines = [...byTopic].map(([topic, facts]) => {
      const examples = facts
        .slice(0, EXAMPLES_PER_TOPIC)
        .map((fact) => (language === 'nl' && fact.nl ? fact.nl.questions : fact.questions)[0] ?? factTitle(fact, language))
        .map((example) => `"${example}"`)
        .join(', ');
      return messages.topicLine(label(topic), facts.length, examples);
    });
    return {
      kind: 'info',
      title: messages.topicsTitle,
      body: [messages.topicsIntro, ...lines, '', messages.topicsFooter].join('\n'),
      suggestions: [],
      visibility: 'public',
      ...(language === 'en' ? {} : { language }),
    };
  },
} satisfies Command;
