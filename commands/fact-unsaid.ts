import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { FACT_LIMITS, type Unsaid } from '../src/facts/fact';
import { factContent } from '../src/facts/fact-content';
import { suggestFactIds } from '../src/moderation/fact-autocomplete';
import { applyFactChange, editBaseRevision, readFact, requireFactId } from '../src/moderation/fact-changes';
import { changedFields, fieldLabel } from '../src/moderation/fact-diff';
import { parseSentenceList } from '../src/moderation/fact-lists';
import { validateFact } from '../src/moderation/fact-validation';
import { moderationMessages } from '../src/moderation/messages-nl';
import { moderationSuccess } from '../src/moderation/replies';
import { typingLanguage } from './typing-language';

const USAGE: UsageLines = {
  en: 'fact unsaid <id> --note "…" --questions "question | question" [--nl_note "…" --nl_questions "vraag | vraag"]  |  fact unsaid <id> --remove <n>',
  nl: 'fact onvermeld <id> --note "…" --questions "vraag | vraag" [--nl_note "…" --nl_questions "vraag | vraag"]  |  fact onvermeld <id> --remove <n>',
};

/**
 * Records what readers ask about a fact's subject that the source does not say (see Unsaid in
 * src/facts/fact.ts), or removes such an entry: `fact gaps` shows the questions people asked, and
 * this is how a moderator answers "the article doesn't say" for the next one. A revision like any edit.
 */
export const factUnsaidCommand = {
  name: 'fact unsaid',
  description: 'Record what the source does not say about a fact, to decline such questions (moderators)',
  dutch: { name: 'onvermeld', description: 'Leg vast wat de bron niet zegt over een feit, om zulke vragen af te wijzen (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  options: [
    { name: 'id', description: 'The fact the questions are about', dutch: { label: 'Id', description: 'Het feit waar de vragen over gaan' }, kind: 'string', required: true, positional: true, autocomplete: true },
    { name: 'note', description: `What the source does not say, at most ${FACT_LIMITS.unsaidNoteMax} characters`, dutch: { label: 'Noot', description: `Wat de bron niet zegt, in één zin, hoogstens ${FACT_LIMITS.unsaidNoteMax} tekens` }, kind: 'text', required: false, maxLength: FACT_LIMITS.unsaidNoteMax },
    { name: 'questions', description: 'Ways people ask it, one per line or split by |', dutch: { label: 'Vragen', description: 'Hoe mensen het vragen, één per regel of gescheiden door |' }, kind: 'text', required: false, maxLength: 4000 },
    { name: 'nl_note', description: 'The note in Dutch', dutch: { label: 'Nederlandse noot', description: 'De noot in het Nederlands' }, kind: 'text', required: false, maxLength: FACT_LIMITS.unsaidNoteMax },
    { name: 'nl_questions', description: 'Ways Dutch speakers ask it, one per line or split by |', dutch: { label: 'Nederlandse vragen', description: 'Hoe Nederlandstaligen het vragen, één per regel of gescheiden door |' }, kind: 'text', required: false, maxLength: 4000 },
    { name: 'remove', description: 'Remove entry number n (as `fact show` lists them) instead', dutch: { label: 'Verwijder', description: 'Verwijder in plaats daarvan nummer n (zoals `fact toon` ze toont)' }, kind: 'integer', required: false },
    { name: 'base', description: 'The revision your edit is based on (default: the one you last saw)', dutch: { label: 'Basisrevisie', description: 'De revisie waarop je wijziging gebaseerd is (standaard: de laatste die je zag)' }, kind: 'integer', required: false },
  ],
  async run(request, context) {
    const messages = moderationMessages(request.language);
    const usage = USAGE[request.language];
    const id = requireFactId(request, usage);
    const given = (name: string) => request.options[name]?.trim() || undefined;
    const removing = given('remove');
    const [note, questions, nlNote, nlQuestions] = ['note', 'questions', 'nl_note', 'nl_questions'].map(given);
    if (removing === undefined && (!note || !questions || (nlNote === undefined) !== (nlQuestions === undefined))) throw new UserError('bad_usage', messages.unsaidNeedsNoteAndQuestions(usage));
    const current = await readFact(context, id, usage);
    const baseRevision = editBaseRevision(request, context, current, usage);
    const before = factContent(current);
    const entries = before.unsaid ?? [];
    let unsaid: Unsaid[];
    if (removing !== undefined) {
      const position = Number(removing);
      if (!Number.isInteger(position) || position < 1 || position > entries.length) throw new UserError('bad_usage', messages.unsaidNoSuchEntry(id, removing, entries.length, usage));
      unsaid = entries.filter((_, at) => at !== position - 1);
    } else {
      const dutch = nlNote && nlQuestions ? { nl: { note: nlNote, questions: parseSentenceList(nlQuestions) } } : {};
      unsaid = [...entries, { note: note!, questions: parseSentenceList(questions!), ...dutch }];
    }
    const { unsaid: _old, ...rest } = before;
    const after = validateFact(unsaid.length > 0 ? { ...rest, unsaid } : rest, usage);
    const fields = changedFields(before, after);
    if (fields.length === 0) throw new UserError('bad_usage', messages.unchanged(id));
    const applied = await applyFactChange(request, context, { action: 'edit', factId: id, baseRevision, after, retired: current.retired }, usage);
    const lines = [messages.edited(id, applied.revision.revision, fields.map((field) => fieldLabel(field, request.language)))];
    if (current.retired) lines.push(messages.stillRetired(id));
    return moderationSuccess(request.language, messages.updatedTitle, id, lines, applied);
  },
  autocomplete: (request, _option, partial, context) => suggestFactIds(context, partial, typingLanguage(request, partial, { ids: true })),
} satisfies Command;
