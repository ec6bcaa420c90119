import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { suggestFactIds } from '../src/moderation/fact-autocomplete';
import { typingLanguage } from './typing-language';
import { applyFactChange, readFact, requireFactId } from '../src/moderation/fact-changes';
import { moderationMessages } from '../src/moderation/messages-nl';
import { moderationSuccess } from '../src/moderation/replies';
import { factContent } from '../src/facts/fact-content';

const USAGE: UsageLines = {
  en: 'fact remove <id>',
  nl: 'fact verwijder <id>',
};

export const factRemoveCommand = {
  name: 'fact remove',
  description: 'Retire a fact so it no longer answers; undo with fact restore (moderators)',
  dutch: { name: 'verwijder', description: 'Zet een feit buiten gebruik; de geschiedenis blijft bewaard (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  options: [{ name: 'id', description: 'The fact to retire', dutch: { label: 'Id', description: 'Het feit om buiten gebruik te zetten' }, kind: 'string', required: true, positional: true, autocomplete: true }],
  async run(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    const current = await readFact(context, id, USAGE[request.language]);
    if (current.retired) throw new UserError('bad_usage', moderationMessages(request.language).alreadyRetired(id));
    const applied = await applyFactChange(
      request,
      context,
      { action: 'retire', factId: id, baseRevision: current.revision, after: factContent(current), retired: true },
      USAGE[request.language],
    );
    return moderationSuccess(request.language, moderationMessages(request.language).retiredTitle, id, [moderationMessages(request.language).retired(id, applied.revision.revision)], applied);
  },
  autocomplete: (request, _option, partial, context) => suggestFactIds(context, partial, typingLanguage(request, partial, { ids: true }), 'active'),
} satisfies Command;
