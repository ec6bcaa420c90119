import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { factChoice, MAX_FACT_CHOICES, suggestFactIds } from '../src/moderation/fact-autocomplete';
import { rememberSeen } from '../src/moderation/fact-changes';
import { moderationMessages } from '../src/moderation/messages-nl';
import { answerMessages } from './answer-messages-nl';
import { typingLanguage } from './typing-language';
import { factReply } from './fact-presentation';
import { claimText } from '../src/core/provenance-text';

const USAGE: UsageLines = {
  en: 'fact show <id>',
  nl: 'fact toon <id>',
};
const DID_YOU_MEAN_LIMIT = 3;

/** Public, because "did you mean" buttons use it to answer anyone who clicks. */
export const factShowCommand = {
  name: 'fact show',
  description: 'Show one fact by its id, with its source',
  dutch: { name: 'toon', description: 'Toon een feit met zijn velden, bron en revisie', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: false,
  options: [{ name: 'id', description: 'The fact id, e.g. company-size', dutch: { label: 'Id', description: 'Het id van het feit, bijvoorbeeld company-size' }, required: true, kind: 'string', positional: true, autocomplete: true }],
  async run(request, context) {
    const { language } = request;
    const [messages, answers] = [moderationMessages(language), answerMessages(language)];
    const id = request.options.id!.trim().toLowerCase();
    const fact = request.isModerator ? await context.store.getFact(id) : context.index.getFact(id);
    if (!fact) {
      const close = context.index.matcher.suggest(id, DID_YOU_MEAN_LIMIT).map(({ fact: candidate }) => `\`${candidate.id}\``);
      const hint = close.length > 0 ? answers.unknownFactDidYouMean(close.join(', ')) : '';
      throw new UserError('unknown_fact', messages.unknownFact(id, USAGE[request.language]) + hint);
    }
    rememberSeen(context, request, fact.id, fact.revision);
    // A picked suggestion or a topic's button carries the language of the list it was on.
    const shown = factReply(fact, context, {}, language);
    if (!request.isModerator) return shown;

    const claim = fact.claim ? `${fact.claim} (${claimText(fact.claim, language)})` : answers.claimMissing;
    const details = [
      messages.showSummary(fact.id, fact.revision, fact.topic, fact.updatedBy, fact.updatedAt.slice(0, 10)),
      messages.showClaim(claim, fact.source.id ?? messages.none),
      fact.review_by ? messages.showReviewBy(fact.review_by) : '',
      shown.caveat && fact.review_by ? messages.pastReviewHint(fact.id, fact.review_by) : '',
      fact.supersedes ? answers.supersessionShownUntil(fact.supersedes.until, fact.id) : '',
      fact.questions.length > 0 ? messages.showQuestions(fact.questions) : '',
      fact.keywords.length > 0 ? messages.showKeywords(fact.keywords) : '',
      fact.unsaid?.length ? messages.showUnsaid(fact.unsaid.map((entry) => (language === 'nl' && entry.nl ? entry.nl.note : entry.note))) : '',
      fact.retired ? answers.retiredNote : '',
    ].filter(Boolean);
    return { ...shown, body: `${shown.body}\n\n${details.join('\n')}`, visibility: 'private' };
  },
  /** Ids and titles that contain what was typed, then facts whose wording fits it. */
  async autocomplete(request, _focusedOption, partial, context) {
    const language = typingLanguage(request, partial, { ids: true });
    const choices = await suggestFactIds(context, partial, language);
    if (!partial.trim()) return choices;
    const listed = new Set(choices.map((choice) => choice.value));
    const fitting = context.index.matcher
      .suggest(partial, MAX_FACT_CHOICES, language)
      .filter(({ fact }) => !listed.has(fact.id))
      .map(({ fact }) => factChoice(fact, language));
    return [...choices, ...fitting].slice(0, MAX_FACT_CHOICES);
  },
} satisfies Command;
