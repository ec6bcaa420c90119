import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import type { CommandContext } from '../src/core/context';
import type { CommandRequest, Reply } from '../src/core/request';
import type { StoredFact } from '../src/facts/fact';
import { isoDay } from '../src/moderation/format';
import type { Source } from '../src/sources/source';
import type { Language } from '../src/core/languages';
import type { MatchResult } from '../src/matching/types';
import { mayRecord, pickAction, recordQuietly, voteActions } from '../src/feedback/feedback-actions';
import { rememberSeen } from '../src/moderation/fact-changes';
import { answerMessages } from './answer-messages-nl';
import { typingLanguage } from './typing-language';
import { factReply, factTitle, mayNameATopic, provenanceOf, topicLabel, topicListLanguage, topicNamedAmong, topicReply, topicsOf } from './fact-presentation';

const AUTOCOMPLETE_LIMIT = 25;
const USAGE: UsageLines = {
  en: 'ask <your question>  (or just type the question)',
  nl: 'vraag <je vraag>  (of typ gewoon de vraag)',
};

export const askCommand = {
  name: 'ask',
  description: 'Ask a question about the Dutch troops in Iraq and the context around it',
  dutch: { name: 'vraag', description: 'Stel een vraag over de Nederlandse troepen in Irak en de context daaromheen', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: false,
  options: [
    {
      name: 'question',
      description: 'Your question, in your own words',
      dutch: { label: 'Vraag', description: 'Je vraag, in je eigen woorden' },
      required: false,
      kind: 'string',
      positional: true,
      rest: true,
      autocomplete: true,
      maxLength: 6000,
      requiredInForms: true,
      prose: true,
    },
  ],
  async run(request, context) {
    const question = request.options.question ?? '';
    // Each message is answered in its own language (read by the dispatcher from the question; the client's locale only breaks a tie).
    const { language } = request;
    // A topic's name is a few words: only then are the facts grouped by topic, not for every question.
    if (mayNameATopic(question)) {
      const named = topicNamedAmong(question, context.index.facts, context.topicNames);
      // "milities" is a Dutch topic name, whatever a detector makes of one word.
      if (named) return topicReply(named.topic, topicsOf(context.index.facts).get(named.topic)!, topicListLanguage(named, language), context.topicNames);
    }
    const result = context.index.matcher.match(question, language);
    if (result.status === 'no_match') await recordGap(question, result, request, context);
    const top = result.candidates[0];
    const live = top ? context.index.getFact(top.fact.id) : undefined;
    if (result.status === 'answered' && live) rememberSeen(context, request, live.id, live.revision);
    return replyOf(result, question, context, language, live);
  },
  autocomplete(request, _focusedOption, partial, context) {
    const language = typingLanguage(request, partial);
    return context.index.matcher.suggest(partial, AUTOCOMPLETE_LIMIT, language).map(({ fact }) => {
      const title = factTitle(fact, language);
      return { name: title, value: title };
    });
  },
} satisfies Command;

/** What a reply to a question was built from; the same again gives the same reply. */
interface RememberedReply {
  question: string;
  language: Language;
  context: CommandContext;
  facts: readonly StoredFact[];
  live: StoredFact | undefined;
  source: Source | undefined;
  today: string;
  reply: Reply;
}

/**
 * The reply last built for each remembered match (see remembered-answers.ts: a question asked
 * again gets the same match object until the facts change). Reused only while everything it was
 * built from is the same: the question, its language, the facts, the answering fact, its source
 * and the day (dates and caveats are worked out to the day). Building the reply, and rendering
 * it in the adapters, which keep the rendering of a frozen reply, is then done once per
 * question rather than once per answer.
 */
const rememberedReplies = new WeakMap<MatchResult, RememberedReply>();

function replyOf(result: MatchResult, question: string, context: CommandContext, language: Language, live: StoredFact | undefined): Reply {
  const facts = context.index.facts;
  const source = live && context.sources.sourceOf(live);
  const today = isoDay(context.now());
  const kept = rememberedReplies.get(result);
  if (
    kept &&
    kept.question === question &&
    kept.language === language &&
    kept.context === context &&
    kept.facts === facts &&
    kept.live === live &&
    kept.source === source &&
    kept.today === today
  ) {
    return kept.reply;
  }
  const reply: Reply = Object.freeze({ ...replyFor(result, question, context, language, live, today), language });
  rememberedReplies.set(result, { question, language, context, facts, live, source, today, reply });
  return reply;
}

function replyFor(result: MatchResult, question: string, context: CommandContext, language: Language, live: StoredFact | undefined, today: string): Reply {
  const messages = answerMessages(language);
  const top = result.candidates[0];
  // Picking one tells moderators which fact this question was after. Built only for replies that offer them.
  const suggestions = () => result.candidates.map(({ fact, score }) => ({ factId: fact.id, title: factTitle(fact, language), score, action: pickAction(fact.id, fact.title, question, language) }));
  const answerOf = (fact: StoredFact) => (language === 'nl' && fact.nl ? fact.nl.answer : fact.answer);

  if (result.status === 'answered' && live) {
    const provenance = provenanceOf(live, context, language, today);
    const reply = factReply(live, context, { match: { status: 'answered', factId: live.id, answer: answerOf(live), score: top!.score, provenance } }, language, provenance);
    return { ...reply, actions: voteActions(live.id, question, language) };
  }
  if (result.status === 'ambiguous' && live) {
    return {
      kind: 'ambiguous',
      title: messages.ambiguousTitle,
      body: messages.ambiguous,
      suggestions: suggestions(),
      visibility: 'public',
      match: { status: 'ambiguous', factId: live.id, answer: answerOf(live), score: top!.score, provenance: provenanceOf(live, context, language, today) },
    };
  }
  // A near miss: the question is about facts we hold, but asks for something none of them gives.
  const nearMiss = !result.inputProblem && result.candidates.length > 0;
  return {
    kind: 'no_match',
    title: result.inputProblem === 'empty' ? messages.emptyQuestionTitle : nearMiss ? messages.nearMissTitle : messages.noMatchTitle,
    body: result.unsaid ? messages.unsaid(result.unsaid.note) : nearMiss ? messages.nearMiss : noMatchBody(result, context, language),
    suggestions: suggestions(),
    visibility: 'public',
    match: { status: 'no_match', factId: null, answer: null, score: top?.score ?? 0 },
  };
}

function noMatchBody(result: MatchResult, context: CommandContext, language: Language): string {
  const messages = answerMessages(language);
  if (result.inputProblem === 'empty') return messages.emptyQuestion;
  if (result.inputProblem === 'no_words') return messages.noWordsQuestion;
  const topics = [...topicsOf(context.index.facts).keys()].map((topic) => topicLabel(topic, language, context.topicNames)).join(', ');
  return messages.noMatch(topics);
}

/**
 * Questions people really asked and got no answer to become `fact gaps`. Only what a person
 * typed in chat counts (not the evaluation CLI), at most FEEDBACK_PER_USER_PER_HOUR per person,
 * and a store failure never costs the reply.
 * The store trims and bounds the text itself.
 */
async function recordGap(question: string, result: MatchResult, request: CommandRequest, context: CommandContext) {
  if (result.inputProblem || !mayRecord(request, context)) return;
  await recordQuietly(context, 'an unanswered question', () => context.store.recordUnanswered({ question, platform: request.actor.platform, at: context.now() }));
}
