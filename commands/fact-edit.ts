import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { suggestFactIds } from '../src/moderation/fact-autocomplete';
import { typingLanguage } from './typing-language';
import type { StoredFact } from '../src/facts/fact';
import { applyFactChange, editBaseRevision, readFact, rememberSeen, requireFactId } from '../src/moderation/fact-changes';
import { changedFields, fieldLabel } from '../src/moderation/fact-diff';
import { editedFactFromOptions, factFieldOptions, givenFields } from '../src/moderation/fact-options';
import { checkCitation, validateFact } from '../src/moderation/fact-validation';
import { withSupersession } from '../src/moderation/supersession';
import { isoDay } from '../src/moderation/format';
import { moderationMessages } from '../src/moderation/messages-nl';
import { moderationSuccess } from '../src/moderation/replies';
import { factContent } from '../src/facts/fact-content';

const USAGE: UsageLines = {
  en: 'fact edit <id> [--title "…"] [--answer "…"] [--questions "q | q"] [--keywords "a, b"] [--quotes "sentence | sentence"] [--topic <topic>] [--tags "a, b"] [--claim <kind>] [--source <source id>] [--as_of YYYY-MM-DD] [--review_by YYYY-MM-DD] [--date YYYY[-MM[-DD]][/end]] [--update_note clear] [--base <revision>]',
  nl: 'fact bewerk <id> [--title "…"] [--answer "…"] [--questions "vraag | vraag"] [--keywords "a, b"] [--quotes "zin | zin"] [--topic <onderwerp>] [--tags "a, b"] [--claim <soort>] [--source <bron-id>] [--as_of JJJJ-MM-DD] [--review_by JJJJ-MM-DD] [--date JJJJ[-MM[-DD]][/eind]] [--update_note clear] [--base <revisie>]',
};

export const factEditCommand = {
  name: 'fact edit',
  description: 'Change fields of a fact; the given fields replace the old ones (moderators)',
  dutch: { name: 'bewerk', description: 'Wijzig velden van een feit; de gegeven velden vervangen de oude (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  form: { title: 'Edit', dutch: { title: 'Bewerken' }, carried: ['id', 'base'], needs: ['id'], onAnswer: true },
  options: [
    { name: 'id', description: 'The fact to change', dutch: { label: 'Id', description: 'Het feit om te wijzigen' }, kind: 'string', required: true, positional: true, autocomplete: true },
    ...factFieldOptions('edit'),
    { name: 'update_note', description: 'Type "clear" to stop showing "Updated …; before that: …" with the answer', dutch: { label: 'Wijzigingsmelding', description: 'Typ "clear" om "Bijgewerkt …; daarvoor: …" niet meer bij het antwoord te tonen' }, kind: 'string', required: false },
    { name: 'base', description: 'The revision your edit is based on (default: the one you last saw)', dutch: { label: 'Basisrevisie', description: 'De revisie waarop je wijziging gebaseerd is (standaard: de laatste die je zag)' }, kind: 'integer', required: false },
  ],
  async run(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    if (givenFields(request.options).length === 0 && request.options.update_note === undefined) throw new UserError('bad_usage', moderationMessages(request.language).nothingToChange(USAGE[request.language]));
    const current = await readFact(context, id, USAGE[request.language]);
    const baseRevision = editBaseRevision(request, context, current, USAGE[request.language]);
    const before = factContent(current);
    const edited = validateFact(editedFactFromOptions(before, request.options), USAGE[request.language]);
    checkCitation(edited, context.sources, USAGE[request.language]);
    const after = withSupersession(before, edited, isoDay(context.now()), request.options.update_note, USAGE[request.language]);
    const fields = changedFields(before, after);
    if (fields.length === 0) throw new UserError('bad_usage', moderationMessages(request.language).unchanged(id));

    const applied = await applyFactChange(
      request,
      context,
      { action: 'edit', factId: id, baseRevision, after, retired: current.retired },
      USAGE[request.language],
    );
    const lines = [moderationMessages(request.language).edited(id, applied.revision.revision, fields.map((field) => fieldLabel(field, request.language)))];
    if (current.retired) lines.push(moderationMessages(request.language).stillRetired(id));
    return moderationSuccess(request.language, moderationMessages(request.language).updatedTitle, id, lines, applied);
  },
  /** A form starts from the fact as it is now, and the edit is based on the revision the form shows. */
  async formDefaults(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    const fact = await readFact(context, id, USAGE[request.language]);
    rememberSeen(context, request, id, fact.revision);
    return { ...textOptionsOf(fact), base: String(fact.revision) };
  },
  autocomplete: (request, _option, partial, context) => suggestFactIds(context, partial, typingLanguage(request, partial, { ids: true })),
} satisfies Command;

/** The fact's text fields as they are typed back in: questions and quotes one a line, keywords comma-separated. */
function textOptionsOf(fact: StoredFact): Record<string, string> {
  return {
    title: fact.title,
    answer: fact.answer,
    questions: fact.questions.join('\n'),
    keywords: fact.keywords.join(', '),
    quotes: fact.source.quotes.join('\n'),
  };
}
