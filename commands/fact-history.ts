import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import type { Language } from '../src/core/languages';
import { suggestFactIds } from '../src/moderation/fact-autocomplete';
import { typingLanguage } from './typing-language';
import { readFact, rememberSeen, requireFactId } from '../src/moderation/fact-changes';
import { describeChanges } from '../src/moderation/fact-diff';
import { formatDate } from '../src/moderation/format';
import { moderationMessages } from '../src/moderation/messages-nl';
import { moderationInfo } from '../src/moderation/replies';
import type { FactRevision } from '../src/store/fact-store';

const USAGE: UsageLines = {
  en: 'fact history <id> [--from <revision>]',
  nl: 'fact geschiedenis <id> [--from <revisie>]',
};
/** One page: enough to see recent work, and short enough for a chat message; --from pages back. */
const SHOWN_REVISIONS = 10;

export const factHistoryCommand = {
  name: 'fact history',
  description: 'Show who changed a fact, when, and what changed, newest first (moderators)',
  dutch: { name: 'geschiedenis', description: 'Toon de revisies van een feit: wie, wanneer, waarvandaan en wat (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  options: [
    { name: 'id', description: 'The fact', dutch: { label: 'Id', description: 'Het feit' }, kind: 'string', required: true, positional: true, autocomplete: true },
    { name: 'from', description: `The newest revision to show (default: the latest); ${SHOWN_REVISIONS} are shown at a time`, dutch: { label: 'Vanaf', description: `De nieuwste revisie om te tonen (standaard: de laatste); er worden er ${SHOWN_REVISIONS} tegelijk getoond` }, kind: 'integer', required: false },
  ],
  async run(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    const current = await readFact(context, id, USAGE[request.language]);
    const from = request.options.from === undefined ? current.revision : Number(request.options.from);
    if (from < 1 || from > current.revision) {
      throw new UserError('unknown_revision', moderationMessages(request.language).unknownRevision(id, from, current.revision, USAGE[request.language]));
    }
    const revisions = await context.store.history(id);
    const shown = revisions.filter((revision) => revision.revision <= from).reverse().slice(0, SHOWN_REVISIONS);
    // What the moderator has now seen is what their next edit is based on.
    rememberSeen(context, request, id, current.revision);

    const lines = shown.flatMap((revision) => describeRevision(revision, request.language));
    // First, so a platform that shortens a long reply cannot cut it off.
    if (shown.length < revisions.length) {
      lines.unshift(moderationMessages(request.language).historyPage(id, shown[0]!.revision, shown.at(-1)!.revision, revisions.length), '');
    }
    return moderationInfo(moderationMessages(request.language).historyTitle(id), lines, id);
  },
  autocomplete: (request, _option, partial, context) => suggestFactIds(context, partial, typingLanguage(request, partial, { ids: true }), 'all'),
} satisfies Command;

function describeRevision(revision: FactRevision, language: Language): string[] {
  const { author } = revision;
  const messages = moderationMessages(language);
  const heading = messages.revisionHeading(revision.revision, messages.revisionAction(revision.action), author.displayName, author.platform, formatDate(revision.at));
  const changes = describeChanges(revision.before, revision.after, revision.retiredBefore, revision.retiredAfter, language);
  return [heading, ...changes.map((change) => `- ${change}`)];
}
