import type { Command } from '../src/core/command';
import { isoDay } from '../src/moderation/format';
import { moderationMessages } from '../src/moderation/messages-nl';
import { missingDutchLines } from '../src/moderation/missing-dutch';
import { moderationInfo } from '../src/moderation/replies';
import { factTitle } from './fact-presentation';

export const factStaleCommand = {
  name: 'fact stale',
  description: 'List facts whose review-by date has passed (moderators)',
  dutch: { name: 'verouderd', description: 'Toon feiten waarvan de controledatum verstreken is (moderators)', usage: 'fact verouderd' },
  usage: 'fact stale',
  moderatorOnly: true,
  home: 'review',
  options: [],
  async run(request, context) {
    const messages = moderationMessages(request.language);
    const today = isoDay(context.now());
    const facts = await context.store.listFacts();
    // ISO dates compare correctly as text.
    const due = facts
      .filter((fact) => fact.review_by !== undefined && fact.review_by < today)
      .sort((a, b) => a.review_by!.localeCompare(b.review_by!) || a.id.localeCompare(b.id));
    const missingDutch = missingDutchLines(facts, request.language);
    if (due.length === 0) return moderationInfo(messages.staleTitle, [messages.noStale(today), ...missingDutch]);

    const lines = [
      messages.staleIntro(due.length, today),
      ...due.map((fact) => messages.staleLine(fact.id, factTitle(fact, request.language), fact.review_by!)),
      '',
      messages.staleHint,
      ...missingDutch,
    ];
    return moderationInfo(messages.staleTitle, lines);
  },
} satisfies Command;
