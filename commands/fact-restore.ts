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
  en: 'fact restore <id>',
  nl: 'fact herstel <id>',
};

export const factRestoreCommand = {
  name: 'fact restore',
  description: 'Bring a retired fact back into use (moderators)',
  dutch: { name: 'herstel', description: 'Zet een verwijderd feit weer in gebruik (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  options: [{ name: 'id', description: 'The retired fact', dutch: { label: 'Id', description: 'Het feit dat buiten gebruik is' }, kind: 'string', required: true, positional: true, autocomplete: true }],
  async run(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    const current = await readFact(context, id, USAGE[request.language]);
    if (!current.retired) throw new UserError('bad_usage', moderationMessages(request.language).notRetired(id));
    const applied = await applyFactChange(
      request,
      context,
      { action: 'restore', factId: id, baseRevision: current.revision, after: factContent(current), retired: false },
      USAGE[request.language],
    );
    return moderationSuccess(request.language, moderationMessages(request.language).restoredTitle, id, [moderationMessages(request.language).restored(id, applied.revision.revision)], applied);
  },
  autocomplete: (request, _option, partial, context) => suggestFactIds(context, partial, typingLanguage(request, partial, { ids: true }), 'retired'),
} satisfies Command;
