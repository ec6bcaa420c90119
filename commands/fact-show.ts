import type { Command } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { factChoice, MAX_FACT_CHOICES, suggestFactIds } from '../src/moderation/fact-autocomplete';
import { rememberSeen } from '../src/moderation/fact-changes';
import { MODERATION_MESSAGES } from '../src/moderation/messages';
import { ANSWER_MESSAGES } from './answer-messages';
import { factReply } from './fact-presentation';
import { CLAIM_LABELS } from '../src/core/provenance-text';

const USAGE = 'fact show <id>';
const DID_YOU_MEAN_LIMIT = 3;

/** Public, because "did you mean" buttons use it to answer anyone who clicks. */
export const factShowCommand = {
  name: 'fact show',
  description: 'Show one fact by its id, with its source',
  dutch: { name: 'toon', description: 'Toon een feit met zijn velden, bron en revisie' },
  usage: USAGE,
  moderatorOnly: false,
  options: [{ name: 'id', description: 'The fact id, e.g. company-size', required: true, kind: 'string', positional: true, autocomplete: true }],
  async run(request, context) {
    const id = request.options.id!.trim().toLowerCase();
    const fact = request.isModerator ? await context.store.getFact(id) : context.index.getFact(id);
    if (!fact) {
      const close = context.index.matcher.suggest(id, DID_YOU_MEAN_LIMIT).map(({ fact: candidate }) => `\`${candidate.id}\``);
      const hint = close.length > 0 ? ANSWER_MESSAGES.unknownFactDidYouMean(close.join(', ')) : '';
      throw new UserError('unknown_fact', MODERATION_MESSAGES.unknownFact(id, USAGE) + hint);
    }
    rememberSeen(context, request, fact.id, fact.revision);
    if (!request.isModerator) return factReply(fact, context);

    const shown = factReply(fact, context);
    const details = [
      `id \`${fact.id}\` · revision ${fact.revision} · topic ${fact.topic} · last change by ${fact.updatedBy} on ${fact.updatedAt.slice(0, 10)}`,
      `Claim: ${fact.claim ? `${fact.claim} (${CLAIM_LABELS[fact.claim]})` : ANSWER_MESSAGES.claimMissing} · source \`${fact.source.id ?? '(none)'}\``,
      fact.review_by ? `review by ${fact.review_by}` : '',
      shown.caveat && fact.review_by ? MODERATION_MESSAGES.pastReviewHint(fact.id, fact.review_by) : '',
      fact.supersedes ? ANSWER_MESSAGES.supersessionShownUntil(fact.supersedes.until, fact.id) : '',
      fact.questions.length > 0 ? `Alternate questions: ${fact.questions.map((question) => `"${question}"`).join('; ')}` : '',
      fact.keywords.length > 0 ? `Keywords: ${fact.keywords.join(', ')}` : '',
      fact.retired ? ANSWER_MESSAGES.retiredNote : '',
    ].filter(Boolean);
    return { ...shown, body: `${shown.body}\n\n${details.join('\n')}`, visibility: 'private' };
  },
  /** Ids and titles that contain what was typed, then facts whose wording fits it. */
  async autocomplete(_request, _focusedOption, partial, context) {
    const choices = await suggestFactIds(context, partial);
    if (!partial.trim()) return choices;
    const listed = new Set(choices.map((choice) => choice.value));
    const fitting = context.index.matcher
      .suggest(partial, MAX_FACT_CHOICES)
      .filter(({ fact }) => !listed.has(fact.id))
      .map(({ fact }) => factChoice(fact));
    return [...choices, ...fitting].slice(0, MAX_FACT_CHOICES);
  },
} satisfies Command;
