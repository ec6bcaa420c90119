import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { suggestFactIds } from '../src/moderation/fact-autocomplete';
import { typingLanguage } from './typing-language';
import { applyFactChange, editBaseRevision, readFact, requireFactId } from '../src/moderation/fact-changes';
import { changedFields, fieldLabel } from '../src/moderation/fact-diff';
import { validateFact } from '../src/moderation/fact-validation';
import { moderationMessages } from '../src/moderation/messages-nl';
import { moderationSuccess } from '../src/moderation/replies';
import { factContent } from '../src/facts/fact-content';

const USAGE: UsageLines = {
  en: 'fact revert <id> <revision> [--base <revision>]',
  nl: 'fact terugdraaien <id> <revisie> [--base <revisie>]',
};

export const factRevertCommand = {
  name: 'fact revert',
  description: 'Make a new revision with the content of an earlier one (moderators)',
  dutch: { name: 'terugdraaien', description: 'Zet een feit terug naar een eerdere revisie (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  options: [
    { name: 'id', description: 'The fact', dutch: { label: 'Id', description: 'Het feit' }, kind: 'string', required: true, positional: true, autocomplete: true },
    { name: 'revision', description: 'The revision whose content to bring back', dutch: { label: 'Revisie', description: 'De revisie waarvan de inhoud terugkomt' }, kind: 'integer', required: true, positional: true },
    { name: 'base', description: 'The revision your revert is based on (default: the one you last saw)', dutch: { label: 'Basisrevisie', description: 'De revisie waarop je terugzetting gebaseerd is (standaard: de laatste die je zag)' }, kind: 'integer', required: false },
  ],
  async run(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    const current = await readFact(context, id, USAGE[request.language]);
    // Like an edit, a revert is based on the revision the moderator last saw: a newer change
    // they have not seen is refused by the store rather than silently undone.
    const baseRevision = editBaseRevision(request, context, current, USAGE[request.language]);
    const wanted = Number(request.options.revision);
    const target = wanted >= 1 && wanted <= current.revision ? await context.store.getRevision(id, wanted) : undefined;
    if (!target) throw new UserError('unknown_revision', moderationMessages(request.language).unknownRevision(id, wanted, current.revision, USAGE[request.language]));

    const before = factContent(current);
    const after = validateFact(target.after, USAGE[request.language]);
    const fields = changedFields(before, after).map((field) => fieldLabel(field, request.language));
    if (target.retiredAfter !== current.retired) fields.push(target.retiredAfter ? moderationMessages(request.language).revertRetires : moderationMessages(request.language).revertRestores);
    if (fields.length === 0) throw new UserError('bad_usage', moderationMessages(request.language).revertUnchanged(id, wanted));

    const applied = await applyFactChange(
      request,
      context,
      { action: 'revert', factId: id, baseRevision, after, retired: target.retiredAfter },
      USAGE[request.language],
    );
    return moderationSuccess(
      request.language, moderationMessages(request.language).revertedTitle,
      id,
      [moderationMessages(request.language).reverted(id, wanted, applied.revision.revision, fields)],
      applied,
    );
  },
  autocomplete: (request, option, partial, context) => (option === 'id' ? suggestFactIds(context, partial, typingLanguage(request, partial, { ids: true }), 'all') : []),
} satisfies Command;
