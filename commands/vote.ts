import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { userKey } from '../src/core/request';
import { UserError } from '../src/core/errors';
import type { Language } from '../src/core/languages';
import { carriedQuestion, HELPFUL, mayRecord, NOT_HELPFUL, VOTE_COMMAND } from '../src/feedback/feedback-actions';
import { feedbackMessages } from '../src/feedback/feedback-messages-nl';
import { moderationMessages } from '../src/moderation/messages-nl';

const USAGE: UsageLines = {
  en: 'vote helpful|not-helpful <id> <question>',
  nl: 'vote helpful|not-helpful <id> <vraag>',
};

/**
 * The "Helpful" / "Not helpful" buttons under an answer. One vote per person per answer (the
 * fact and the question), which they may change; the store keeps only a keyed hash of who voted.
 */
export const voteCommand = {
  name: VOTE_COMMAND,
  description: 'Say whether an answer helped (the buttons under an answer)',
  dutch: { name: 'stem', description: 'Zeg of een antwoord hielp (de knoppen onder een antwoord)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: false,
  buttonsOnly: true,
  options: [
    { name: 'verdict', description: 'helpful or not-helpful', dutch: { label: 'Oordeel', description: 'helpful of not-helpful' }, kind: 'string', required: true, positional: true },
    { name: 'id', description: 'The fact that answered', dutch: { label: 'Id', description: 'Het feit dat antwoord gaf' }, kind: 'string', required: true, positional: true },
    { name: 'question', description: 'The question it answered', dutch: { label: 'Vraag', description: 'De vraag die het beantwoordde' }, kind: 'string', required: true, positional: true, rest: true, prose: true },
  ],
  async run(request, context) {
    const verdict = (request.options.verdict ?? '').trim().toLowerCase();
    if (verdict !== HELPFUL && verdict !== NOT_HELPFUL) throw new UserError('bad_usage', feedbackMessages(request.language).badVerdict(verdict, USAGE[request.language]));
    const factId = (request.options.id ?? '').trim().toLowerCase();
    if (!context.index.getFact(factId)) throw new UserError('unknown_fact', moderationMessages(request.language).unknownFact(factId, USAGE[request.language]));
    const question = carriedQuestion(request);
    if (!question) throw new UserError('bad_usage', feedbackMessages(request.language).missingQuestion(USAGE[request.language]));
    const helpful = verdict === HELPFUL;
    const messages = feedbackMessages(request.language);

    if (!mayRecord(request, context)) return thanks(messages.voteNotCounted, request.language);
    const outcome = await context.store.recordVote({ voter: userKey(request.actor), factId, question, helpful, platform: request.actor.platform, at: context.now() });
    if (outcome === 'unchanged') return thanks(messages.voteUnchanged, request.language);
    return thanks(outcome === 'changed' ? messages.voteChanged(helpful) : messages.voteRecorded(helpful), request.language);
  },
} satisfies Command;

function thanks(body: string, language: Language) {
  return { kind: 'info' as const, title: feedbackMessages(language).voteTitle, body, suggestions: [], visibility: 'private' as const, ...(language === 'en' ? {} : { language }) };
}
