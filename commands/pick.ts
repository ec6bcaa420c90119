import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { carriedQuestion, mayRecord, PICK_COMMAND, recordQuietly, voteActions } from '../src/feedback/feedback-actions';
import { rememberSeen } from '../src/moderation/fact-changes';
import { moderationMessages } from '../src/moderation/messages-nl';
import { factReply } from './fact-presentation';

const USAGE: UsageLines = {
  en: 'pick <id> <question>',
  nl: 'pick <id> <vraag>',
};

/**
 * A "did you mean" button: shows the fact, and counts the pair (the question asked → this
 * fact) as a suggested alternate question for moderators to accept.
 */
export const pickCommand = {
  name: PICK_COMMAND,
  description: 'Show the fact picked from "did you mean" (the buttons under a reply)',
  dutch: { name: 'kies', description: 'Toon het feit dat gekozen is uit "bedoelde je" (de knoppen onder een antwoord)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: false,
  buttonsOnly: true,
  options: [
    { name: 'id', description: 'The fact picked', dutch: { label: 'Id', description: 'Het gekozen feit' }, kind: 'string', required: true, positional: true },
    { name: 'question', description: 'The question that was asked', dutch: { label: 'Vraag', description: 'De vraag die gesteld werd' }, kind: 'string', required: false, positional: true, rest: true, prose: true },
  ],
  async run(request, context) {
    const factId = (request.options.id ?? '').trim().toLowerCase();
    const fact = context.index.getFact(factId);
    if (!fact) throw new UserError('unknown_fact', moderationMessages(request.language).unknownFact(factId, USAGE[request.language]));
    const question = carriedQuestion(request);
    if (question && mayRecord(request, context)) {
      await recordQuietly(context, 'a picked suggestion', () =>
        context.store.recordSuggestion({ question, factId: fact.id, platform: request.actor.platform, at: context.now() }),
      );
    }
    rememberSeen(context, request, fact.id, fact.revision);
    return { ...factReply(fact, context, {}, request.language), actions: voteActions(fact.id, question, request.language) };
  },
} satisfies Command;
