import type { Command } from '../src/core/command';
import { isoDay } from '../src/moderation/format';
import { MODERATION_MESSAGES } from '../src/moderation/messages';
import { missingDutchLines } from '../src/moderation/missing-dutch';
import { moderationInfo } from '../src/moderation/replies';

export const factStaleCommand = {
  name: 'fact stale',
  description: 'List facts whose review-by date has passed (moderators)',
  dutch: { name: 'verouderd', description: 'Toon feiten waarvan de controledatum verstreken is (moderators)' },
  usage: 'fact stale',
  moderatorOnly: true,
  home: 'review',
  options: [],
  async run(_request, context) {
    const today = isoDay(context.now());
    const facts = await context.store.listFacts();
    // ISO dates compare correctly as text.
    const due = facts
      .filter((fact) => fact.review_by !== undefined && fact.review_by < today)
      .sort((a, b) => a.review_by!.localeCompare(b.review_by!) || a.id.localeCompare(b.id));
    const missingDutch = missingDutchLines(facts);
    if (due.length === 0) return moderationInfo(MODERATION_MESSAGES.staleTitle, [MODERATION_MESSAGES.noStale(today), ...missingDutch]);

    const lines = [
      MODERATION_MESSAGES.staleIntro(due.length, today),
      ...due.map((fact) => `- \`${fact.id}\` — ${fact.title} (review by ${fact.review_by})`),
      '',
      MODERATION_MESSAGES.staleHint,
      ...missingDutch,
    ];
    return moderationInfo(MODERATION_MESSAGES.staleTitle, lines);
  },
} satisfies Command;
