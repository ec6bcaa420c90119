import type { Command } from '../src/core/command';
import type { CommandContext } from '../src/core/context';
import { UserError } from '../src/core/errors';
import { detectLanguage } from '../src/language/detect-language';
import { formatDate, quoted } from '../src/moderation/format';
import { MODERATION_MESSAGES } from '../src/moderation/messages';
import { missingDutchLines } from '../src/moderation/missing-dutch';
import { moderationInfo } from '../src/moderation/replies';
import type { GapEntry } from '../src/store/fact-store';
import { DAY_MS, pruneOldGaps } from '../src/store/gap-retention';

const USAGE = 'fact gaps [days]';
const TOP_GAPS = 15;

export const factGapsCommand = {
  name: 'fact gaps',
  description: 'The most frequent unanswered questions of the last days, with counts (moderators)',
  dutch: { name: 'hiaten', description: 'De vaakst onbeantwoorde vragen van de afgelopen dagen, met aantallen (moderators)' },
  usage: USAGE,
  moderatorOnly: true,
  options: [{ name: 'days', description: 'How many days back to look (default: all that are kept)', kind: 'integer', required: false, positional: true }],
  async run(request, context) {
    const retentionDays = context.settings.gapsRetentionDays;
    const given = request.options.days;
    const days = given === undefined ? retentionDays : Number(given);
    if (!Number.isInteger(days) || days < 1 || days > retentionDays) {
      throw new UserError('bad_usage', MODERATION_MESSAGES.badDays(given ?? '', retentionDays, USAGE));
    }
    const now = context.now();
    await pruneOldGaps(context.store, retentionDays, now, context.logger);
    const gaps = await context.store.gaps({ since: new Date(now.getTime() - days * DAY_MS), limit: TOP_GAPS });
    const missingDutch = missingDutchLines(context.index.facts);
    if (gaps.length === 0) return moderationInfo(MODERATION_MESSAGES.gapsTitle, [MODERATION_MESSAGES.noGaps(days), ...missingDutch]);

    const lines = [MODERATION_MESSAGES.gapsIntro(days), ...gaps.map((gap, index) => describeGap(gap, index, context)), '', MODERATION_MESSAGES.gapsHint, ...missingDutch];
    return moderationInfo(MODERATION_MESSAGES.gapsTitle, lines);
  },
} satisfies Command;

function describeGap(gap: GapEntry, index: number, context: CommandContext): string {
  const times = gap.count === 1 ? 'once' : `${gap.count} times`;
  const platforms = gap.platforms.length > 0 ? ` (${gap.platforms.join(', ')})` : '';
  return `${index + 1}. ${quoted(gap.question, 120)} — ${times}, last ${formatDate(gap.lastAskedAt)}${platforms}${closestFact(gap.question, context)}`;
}

/** A hint where the question might belong, from the live matcher. */
function closestFact(question: string, context: CommandContext): string {
  const result = context.index.matcher.match(question, detectLanguage(question));
  const best = result.candidates[0];
  if (!best) return '';
  if (result.status === 'answered') return ` — now answered by \`${best.fact.id}\``;
  return ` — closest fact: \`${best.fact.id}\``;
}
