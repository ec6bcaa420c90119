import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { feedbackMessages } from '../src/feedback/feedback-messages-nl';
import { isAlreadyListed, notHelpfulLine, REVIEW_LIMITS, suggestionActions, suggestionLine, unansweredLine } from '../src/feedback/review';
import { moderationMessages } from '../src/moderation/messages-nl';
import { missingDutchLines } from '../src/moderation/missing-dutch';
import { moderationInfo } from '../src/moderation/replies';
import { DAY_MS } from '../src/store/gap-retention';
import type { QuestionLogKind } from '../src/store/question-log';

const USAGE: UsageLines = {
  en: 'fact gaps [days]',
  nl: 'fact hiaten [dagen]',
};

/**
 * What moderators should look at, from what people asked: unanswered questions, answers voted
 * not helpful, and suggested alternate questions to accept or dismiss. Each list is one indexed
 * query, so it stays fast however much has been recorded.
 */
export const factGapsCommand = {
  name: 'fact gaps',
  description: 'Unanswered questions, answers voted not helpful, suggested alternate questions (moderators)',
  dutch: { name: 'hiaten', description: 'De vaakst onbeantwoorde vragen van de afgelopen dagen, met aantallen (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  home: 'review',
  options: [{ name: 'days', description: 'How many days back to look (default: all that are kept)', dutch: { label: 'Dagen', description: 'Hoeveel dagen terug (standaard: alles wat bewaard wordt)' }, kind: 'integer', required: false, positional: true }],
  async run(request, context) {
    const retentionDays = context.settings.gapsRetentionDays;
    const given = request.options.days;
    const days = given === undefined ? retentionDays : Number(given);
    if (!Number.isInteger(days) || days < 1 || days > retentionDays) {
      throw new UserError('bad_usage', moderationMessages(request.language).badDays(given ?? '', retentionDays, USAGE[request.language]));
    }
    const now = context.now();
    // Old rows are pruned in the background (at start and daily), in small slices: not here.
    const since = new Date(now.getTime() - days * DAY_MS);
    const list = (kind: QuestionLogKind, limit: number) => context.store.questionLog({ kind, since, limit });
    const [unanswered, notHelpful, suggestedRows] = await Promise.all([
      list('unanswered', REVIEW_LIMITS.unanswered),
      list('not_helpful', REVIEW_LIMITS.notHelpful),
      list('suggested', REVIEW_LIMITS.suggested * 2),
    ]);
    const suggested = suggestedRows.filter((entry) => !isAlreadyListed(entry, context)).slice(0, REVIEW_LIMITS.suggested);
    const missingDutch = missingDutchLines(context.index.facts, request.language);
    if (unanswered.length + notHelpful.length + suggested.length === 0) return moderationInfo(feedbackMessages(request.language).reviewTitle, [feedbackMessages(request.language).nothingToReview(days), ...missingDutch]);

    const section = (heading: string, lines: string[]) => ['', heading, ...(lines.length > 0 ? lines : [feedbackMessages(request.language).none])];
    const lines = [
      ...section(feedbackMessages(request.language).unansweredHeading(days), unanswered.map((entry, index) => unansweredLine(entry, index, context, request.language))),
      ...section(feedbackMessages(request.language).notHelpfulHeading, notHelpful.map((entry, index) => notHelpfulLine(entry, index, request.language))),
      ...section(feedbackMessages(request.language).suggestedHeading, suggested.map((entry) => suggestionLine(entry, request.language))),
      '',
      feedbackMessages(request.language).reviewHint,
      ...missingDutch,
    ].slice(1);
    return { ...moderationInfo(feedbackMessages(request.language).reviewTitle, lines), actions: suggestionActions(suggested, request.language) };
  },
} satisfies Command;
