import type { Command } from '../src/core/command';
import { userKey } from '../src/core/dispatcher';
import { UserError } from '../src/core/errors';
import { ANSWER_MESSAGES } from './answer-messages';
import { factReply } from './fact-presentation';

const USAGE = 'fact show <id>';
const DID_YOU_MEAN_LIMIT = 3;

/** Public, because "did you mean" buttons use it to answer anyone who clicks. */
export const factShowCommand = {
  name: 'fact show',
  description: 'Show one fact by its id, with its source',
  usage: USAGE,
  moderatorOnly: false,
  options: [{ name: 'id', description: 'The fact id, e.g. company-size', required: true, kind: 'string', positional: true, autocomplete: true }],
  async run(request, context) {
    const id = request.options.id!.trim().toLowerCase();
    const fact = request.isModerator ? await context.store.getFact(id) : context.index.getFact(id);
    if (!fact) {
      const close = context.index.matcher.suggest(id, DID_YOU_MEAN_LIMIT).map(({ fact: candidate }) => `\`${candidate.id}\``);
      const hint = close.length > 0 ? ANSWER_MESSAGES.unknownFactDidYouMean(close.join(', ')) : '';
      throw new UserError('unknown_fact', ANSWER_MESSAGES.unknownFact(id, USAGE) + hint);
    }
    context.seenRevisions.remember(userKey(request.actor), fact.id, fact.revision);
    if (!request.isModerator) return factReply(fact);

    const details = [
      `id \`${fact.id}\` · revision ${fact.revision} · topic ${fact.topic} · last change by ${fact.updatedBy} on ${fact.updatedAt.slice(0, 10)}`,
      fact.review_by ? `review by ${fact.review_by}` : '',
      fact.questions.length > 0 ? `Alternate questions: ${fact.questions.map((question) => `"${question}"`).join('; ')}` : '',
      fact.keywords.length > 0 ? `Keywords: ${fact.keywords.join(', ')}` : '',
      fact.retired ? ANSWER_MESSAGES.retiredNote : '',
    ].filter(Boolean);
    return factReply(fact, { body: `${fact.answer}\n\n${details.join('\n')}`, visibility: 'private' });
  },
  autocomplete(_request, _focusedOption, partial, context) {
    const query = partial.trim().toLowerCase();
    const byId = context.index.facts.filter((fact) => fact.id.includes(query)).map((fact) => fact);
    const fuzzy = query ? context.index.matcher.suggest(partial, 25).map(({ fact }) => context.index.getFact(fact.id)!).filter(Boolean) : [];
    const seen = new Set<string>();
    return [...byId, ...fuzzy]
      .filter((fact) => !seen.has(fact.id) && seen.add(fact.id))
      .slice(0, 25)
      .map((fact) => ({ name: `${fact.id}: ${fact.title}`.slice(0, 100), value: fact.id }));
  },
} satisfies Command;
