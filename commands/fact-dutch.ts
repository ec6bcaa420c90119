import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { FACT_LIMITS, type StoredFact } from '../src/facts/fact';
import { suggestFactIds } from '../src/moderation/fact-autocomplete';
import { typingLanguage } from './typing-language';
import { applyFactChange, editBaseRevision, readFact, rememberSeen, requireFactId } from '../src/moderation/fact-changes';
import { changedFields, fieldLabel } from '../src/moderation/fact-diff';
import { parseSentenceList } from '../src/moderation/fact-lists';
import { validateFact } from '../src/moderation/fact-validation';
import { moderationMessages } from '../src/moderation/messages-nl';
import { moderationSuccess } from '../src/moderation/replies';
import { factContent } from '../src/facts/fact-content';

const USAGE: UsageLines = {
  en: 'fact dutch <id> [--nl_title "…"] [--nl_answer "…"] [--nl_questions "vraag | vraag"] [--base <revision>]',
  nl: 'fact nederlands <id> [--nl_title "…"] [--nl_answer "…"] [--nl_questions "vraag | vraag"] [--base <revisie>]',
};

const DUTCH_OPTIONS = ['nl_title', 'nl_answer', 'nl_questions'] as const;

/**
 * Adds or changes a fact's Dutch text. A command of its own rather than more `fact edit`
 * options: the Dutch fields get a form of their own (a Discord form holds five fields, and
 * `fact edit`'s form is full; Slack opens the same form for `/facts dutch <id>`). Every change
 * is a revision like any edit.
 */
export const factDutchCommand = {
  name: 'fact dutch',
  description: 'Add or change the Dutch title, answer and questions of a fact (moderators)',
  dutch: { name: 'nederlands', description: 'Voeg de Nederlandse titel, het antwoord en de vragen van een feit toe of wijzig ze (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  form: { title: 'Dutch text', dutch: { title: 'Nederlands' }, carried: ['id', 'base'], needs: ['id'] },
  options: [
    { name: 'id', description: 'The fact to translate', dutch: { label: 'Id', description: 'Het feit om te vertalen' }, kind: 'string', required: true, positional: true, autocomplete: true },
    { name: 'nl_title', label: 'Dutch title', description: `Dutch title, at most ${FACT_LIMITS.titleMax} characters`, dutch: { label: 'Nederlandse titel', description: `Nederlandse titel, hoogstens ${FACT_LIMITS.titleMax} tekens` }, kind: 'text', required: false, maxLength: FACT_LIMITS.titleMax },
    { name: 'nl_answer', label: 'Dutch answer', description: `Dutch answer, a faithful rendering of the English, at most ${FACT_LIMITS.answerMax} characters`, dutch: { label: 'Nederlands antwoord', description: `Nederlands antwoord, een getrouwe weergave van het Engelse, hoogstens ${FACT_LIMITS.answerMax} tekens` }, kind: 'text', required: false, maxLength: FACT_LIMITS.answerMax },
    { name: 'nl_questions', label: 'Dutch questions', description: 'Dutch alternate questions, one per line or split by |', dutch: { label: 'Nederlandse vragen', description: 'Andere Nederlandse formuleringen van de vraag, één per regel of gescheiden door |' }, kind: 'text', required: false, maxLength: 4000 },
    { name: 'base', description: 'The revision your edit is based on (default: the one you last saw)', dutch: { label: 'Basisrevisie', description: 'De revisie waarop je wijziging gebaseerd is (standaard: de laatste die je zag)' }, kind: 'integer', required: false },
  ],
  async run(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    const given = (name: (typeof DUTCH_OPTIONS)[number]) => request.options[name]?.trim();
    if (DUTCH_OPTIONS.every((name) => given(name) === undefined)) throw new UserError('bad_usage', moderationMessages(request.language).dutchNothingGiven(USAGE[request.language]));
    const current = await readFact(context, id, USAGE[request.language]);
    const baseRevision = editBaseRevision(request, context, current, USAGE[request.language]);
    const before = factContent(current);
    const title = given('nl_title') ?? before.nl?.title;
    const answer = given('nl_answer') ?? before.nl?.answer;
    if (title === undefined || answer === undefined) throw new UserError('bad_usage', moderationMessages(request.language).dutchNeedsTitleAndAnswer(id, USAGE[request.language]));
    const questions = given('nl_questions') === undefined ? (before.nl?.questions ?? []) : parseSentenceList(given('nl_questions')!);
    const after = validateFact({ ...before, nl: { title, answer, questions } }, USAGE[request.language]);
    const fields = changedFields(before, after);
    if (fields.length === 0) throw new UserError('bad_usage', moderationMessages(request.language).unchanged(id));

    const applied = await applyFactChange(request, context, { action: 'edit', factId: id, baseRevision, after, retired: current.retired }, USAGE[request.language]);
    const lines = [moderationMessages(request.language).edited(id, applied.revision.revision, fields.map((field) => fieldLabel(field, request.language)))];
    if (current.retired) lines.push(moderationMessages(request.language).stillRetired(id));
    return moderationSuccess(request.language, moderationMessages(request.language).updatedTitle, id, lines, applied);
  },
  /** A form (Discord's modal, Slack's form) starts from the Dutch text as it is now, and the change is based on the revision it shows. */
  async formDefaults(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    const fact: StoredFact = await readFact(context, id, USAGE[request.language]);
    rememberSeen(context, request, id, fact.revision);
    return { nl_title: fact.nl?.title ?? '', nl_answer: fact.nl?.answer ?? '', nl_questions: fact.nl?.questions.join('\n') ?? '', base: String(fact.revision) };
  },
  autocomplete: (request, _option, partial, context) => suggestFactIds(context, partial, typingLanguage(request, partial, { ids: true })),
} satisfies Command;
