import type { Command } from '../src/core/command';
import { userKey } from '../src/core/request';
import { UserError } from '../src/core/errors';
import { carriedQuestion, HELPFUL, mayRecord, NOT_HELPFUL, VOTE_COMMAND } from '../src/feedback/feedback-actions';
import { FEEDBACK_MESSAGES } from '../src/feedback/feedback-messages';
import { MODERATION_MESSAGES } from '../src/moderation/messages';

const USAGE = 'vote helpful|not-helpful <id> <question>';

/**
 * The "Helpful" / "Not helpful" buttons under an answer. One vote per person per answer (the
 * fact and the question), which they may change; the store keeps only a keyed hash of who voted.
 */
export const voteCommand = {
  name: VOTE_COMMAND,
  description: 'Say whether an answer helped (the buttons under an answer)',
  dutch: { name: 'stem', description: 'Zeg of een antwoord hielp (de knoppen onder een antwoord)' },
  usage: USAGE,
  moderatorOnly: false,
  buttonsOnly: true,
  options: [
    { name: 'verdict', description: 'helpful or not-helpful', kind: 'string', required: true, positional: true },
    { name: 'id', description: 'The fact that answered', kind: 'string', required: true, positional: true },
    { name: 'question', description: 'The question it answered', kind: 'string', required: true, positional: true, rest: true },
  ],
  async run(request, context) {
    const verdict = (request.options.verdict ?? '').trim().toLowerCase();
    if (verdict !== HELPFUL && verdict !== NOT_HELPFUL) throw new UserError('bad_usage', FEEDBACK_MESSAGES.badVerdict(verdict, USAGE));
    const factId = (request.options.id ?? '').trim().toLowerCase();
    if (!context.index.getFact(factId)) throw new UserError('unknown_fact', MODERATION_MESSAGES.unknownFact(factId, USAGE));
    const question = carriedQuestion(request);
    if (!question) throw new UserError('bad_usage', FEEDBACK_MESSAGES.missingQuestion(USAGE));
    const helpful = verdict === HELPFUL;

    if (!mayRecord(request, context)) return thanks(FEEDBACK_MESSAGES.voteNotCounted);
    const outcome = await context.store.recordVote({ voter: userKey(request.actor), factId, question, helpful, platform: request.actor.platform, at: context.now() });
    if (outcome === 'unchanged') return thanks(FEEDBACK_MESSAGES.voteUnchanged);
    return thanks(outcome === 'changed' ? FEEDBACK_MESSAGES.voteChanged(helpful) : FEEDBACK_MESSAGES.voteRecorded(helpful));
  },
} satisfies Command;

function thanks(body: string) {
  return { kind: 'info' as const, title: FEEDBACK_MESSAGES.voteTitle, body, suggestions: [], visibility: 'private' as const };
}
