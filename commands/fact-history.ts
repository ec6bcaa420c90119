import type { Command } from '../src/core/command';
import { suggestFactIds } from '../src/moderation/fact-autocomplete';
import { readFact, rememberSeen, requireFactId } from '../src/moderation/fact-changes';
import { describeChanges } from '../src/moderation/fact-diff';
import { formatDate } from '../src/moderation/format';
import { MODERATION_MESSAGES } from '../src/moderation/messages';
import { moderationInfo } from '../src/moderation/replies';
import type { FactRevision } from '../src/store/fact-store';

const USAGE = 'fact history <id>';
/** Enough to see recent work; older revisions stay reachable with fact revert. */
const SHOWN_REVISIONS = 10;

export const factHistoryCommand = {
  name: 'fact history',
  description: 'Show who changed a fact, when, and what changed, newest first (moderators)',
  usage: USAGE,
  moderatorOnly: true,
  options: [{ name: 'id', description: 'The fact', kind: 'string', required: true, positional: true, autocomplete: true }],
  async run(request, context) {
    const id = requireFactId(request, USAGE);
    const current = await readFact(context, id, USAGE);
    const revisions = await context.store.history(id);
    const newestFirst = [...revisions].reverse();
    const shown = newestFirst.slice(0, SHOWN_REVISIONS);
    // What the moderator has now seen is what their next edit is based on.
    rememberSeen(context, request, id, current.revision);

    const lines = shown.flatMap(describeRevision);
    if (revisions.length > shown.length) lines.push(MODERATION_MESSAGES.historyShowing(shown.length, revisions.length));
    return moderationInfo(MODERATION_MESSAGES.historyTitle(id), lines, id);
  },
  autocomplete: (_request, _option, partial, context) => suggestFactIds(context, partial, 'all'),
} satisfies Command;

function describeRevision(revision: FactRevision): string[] {
  const { author } = revision;
  const heading = `**Revision ${revision.revision}** · ${revision.action} · ${author.displayName} (${author.platform}) · ${formatDate(revision.at)}`;
  const changes = describeChanges(revision.before, revision.after, revision.retiredBefore, revision.retiredAfter);
  return [heading, ...changes.map((change) => `- ${change}`)];
}
