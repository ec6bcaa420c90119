import type { Command } from '../src/core/command';
import type { CommandContext } from '../src/core/context';
import type { CommandRequest, Reply } from '../src/core/request';
import type { MatchResult } from '../src/matching/types';
import { mayRecord, pickAction, recordQuietly, voteActions } from '../src/feedback/feedback-actions';
import { rememberSeen } from '../src/moderation/fact-changes';
import { ANSWER_MESSAGES } from './answer-messages';
import { factReply, provenanceOf, topicLabel, topicNamed, topicReply, topicsOf } from './fact-presentation';

const AUTOCOMPLETE_LIMIT = 25;
const USAGE = 'ask <your question>  (or just type the question)';

export const askCommand = {
  name: 'ask',
  description: 'Ask a question about the Dutch troops in Iraq and the context around it',
  usage: USAGE,
  moderatorOnly: false,
  options: [
    {
      name: 'question',
      description: 'Your question, in your own words',
      required: false,
      kind: 'string',
      positional: true,
      rest: true,
      autocomplete: true,
      maxLength: 6000,
    },
  ],
  async run(request, context) {
    const question = request.options.question ?? '';
    const byTopic = topicsOf(context.index.facts);
    const topic = topicNamed(question, byTopic.keys());
    if (topic) return topicReply(topic, byTopic.get(topic)!);
    const result = context.index.matcher.match(question);
    if (result.status === 'no_match') await recordGap(question, result, request, context);
    return replyFor(result, question, request, context);
  },
  autocomplete(_request, _focusedOption, partial, context) {
    return context.index.matcher.suggest(partial, AUTOCOMPLETE_LIMIT).map(({ fact }) => ({ name: fact.title, value: fact.title }));
  },
} satisfies Command;

function replyFor(result: MatchResult, question: string, request: CommandRequest, context: CommandContext): Reply {
  const top = result.candidates[0];
  // Picking one tells moderators which fact this question was after.
  const suggestions = result.candidates.map(({ fact, score }) => ({ factId: fact.id, title: fact.title, score, action: pickAction(fact.id, fact.title, question) }));
  const live = top ? context.index.getFact(top.fact.id) : undefined;

  if (result.status === 'answered' && live) {
    rememberSeen(context, request, live.id, live.revision);
    const provenance = provenanceOf(live, context);
    const reply = factReply(live, context, { match: { status: 'answered', factId: live.id, answer: live.answer, score: top!.score, provenance } });
    return { ...reply, actions: voteActions(live.id, question) };
  }
  if (result.status === 'ambiguous' && live) {
    return {
      kind: 'ambiguous',
      title: ANSWER_MESSAGES.ambiguousTitle,
      body: ANSWER_MESSAGES.ambiguous,
      suggestions,
      visibility: 'public',
      match: { status: 'ambiguous', factId: live.id, answer: live.answer, score: top!.score, provenance: provenanceOf(live, context) },
    };
  }
  // A near miss: the question is about facts we hold, but asks for something none of them gives.
  const nearMiss = !result.inputProblem && suggestions.length > 0;
  return {
    kind: 'no_match',
    title: result.inputProblem === 'empty' ? ANSWER_MESSAGES.emptyQuestionTitle : nearMiss ? ANSWER_MESSAGES.nearMissTitle : ANSWER_MESSAGES.noMatchTitle,
    body: nearMiss ? ANSWER_MESSAGES.nearMiss : noMatchBody(result, context),
    suggestions,
    visibility: 'public',
    match: { status: 'no_match', factId: null, answer: null, score: top?.score ?? 0 },
  };
}

function noMatchBody(result: MatchResult, context: CommandContext): string {
  if (result.inputProblem === 'empty') return ANSWER_MESSAGES.emptyQuestion;
  if (result.inputProblem === 'no_words') return ANSWER_MESSAGES.noWordsQuestion;
  const topics = [...topicsOf(context.index.facts).keys()].map(topicLabel).join(', ');
  return ANSWER_MESSAGES.noMatch(topics);
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
