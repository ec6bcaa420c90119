import type { Command, CommandOption } from '../src/core/command';
import { optionReference, type UsageLines } from '../src/core/command-text';
import type { CommandContext } from '../src/core/context';
import { UserError } from '../src/core/errors';
import { coreMessages } from '../src/core/messages';
import type { CommandRequest, Reply } from '../src/core/request';
import { FACT_LIMITS } from '../src/facts/fact';
import { acceptSuggestion, dismissSuggestion, suggestionNumber } from '../src/feedback/suggestion-review';
import { suggestFactIds } from '../src/moderation/fact-autocomplete';
import { typingLanguage } from './typing-language';
import { applyFactChange, readFact, requireFactId } from '../src/moderation/fact-changes';
import { sameText } from '../src/moderation/fact-lists';
import { validateFact } from '../src/moderation/fact-validation';
import { moderationMessages } from '../src/moderation/messages-nl';
import { moderationSuccess } from '../src/moderation/replies';
import { factContent } from '../src/facts/fact-content';

const USAGE: UsageLines = {
  en: 'fact alias add|remove <id> <question>  |  fact alias accept|dismiss <N>',
  nl: 'fact alias add|remove <id> <vraag>  |  fact alias accept|dismiss <N>',
};
const ACTIONS = ['add', 'remove', 'accept', 'dismiss'] as const;
/** accept and dismiss come from the buttons on `fact gaps`: a picker offers only these. */
const PICKED_ACTIONS = ['add', 'remove'] as const;

/** Required for add and remove only, so the command checks it rather than the dispatcher. */
const QUESTION_OPTION: CommandOption = { name: 'question', description: 'The alternate question (add, remove)', dutch: { label: 'Vraag', description: 'De andere formulering van de vraag (add, remove)' }, kind: 'string', required: false, positional: true, rest: true, maxLength: FACT_LIMITS.questionMax };

export const factAliasCommand = {
  name: 'fact alias',
  description: 'Add or remove a fact\'s alternate question, or accept or dismiss a suggested one (moderators)',
  dutch: { name: 'alias', description: 'Voeg een andere formulering van een vraag toe aan een feit of haal die weg (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  options: [
    { name: 'action', description: 'add, remove, accept or dismiss', dutch: { label: 'Actie', description: 'add, remove, accept of dismiss', choices: { add: 'toevoegen', remove: 'weghalen', accept: 'accepteren', dismiss: 'afwijzen' } }, kind: 'string', required: true, positional: true, choices: ACTIONS, offeredChoices: PICKED_ACTIONS },
    { name: 'id', description: 'The fact (add, remove), or the suggestion number N (accept, dismiss)', dutch: { label: 'Id', description: 'Het feit (add, remove), of het nummer N van de suggestie (accept, dismiss)' }, kind: 'string', required: true, positional: true, autocomplete: true },
    QUESTION_OPTION,
  ],
  async run(request, context) {
    const action = (request.options.action ?? '').trim().toLowerCase();
    if (action === 'accept' || action === 'dismiss') {
      const number = suggestionNumber(request.options.id ?? '', USAGE[request.language]);
      if (action === 'dismiss') return dismissSuggestion(request, context, number, USAGE[request.language]);
      return acceptSuggestion(request, context, number, USAGE[request.language], (factId, question) => changeAlias(request, context, 'add', factId, question));
    }
    if (action !== 'add' && action !== 'remove') {
      throw new UserError('bad_usage', moderationMessages(request.language).badAliasAction(request.options.action ?? '', USAGE[request.language]));
    }
    const question = (request.options.question ?? '').replace(/\s+/g, ' ').trim();
    if (!question) throw new UserError('bad_usage', coreMessages(request.language).missingOption(optionReference(QUESTION_OPTION, request.language), USAGE[request.language]));
    return changeAlias(request, context, action, requireFactId(request, USAGE[request.language]), question);
  },
  autocomplete: (request, option, partial, context) => (option === 'id' ? suggestFactIds(context, partial, typingLanguage(request, partial, { ids: true })) : []),
} satisfies Command;

async function changeAlias(request: CommandRequest, context: CommandContext, action: 'add' | 'remove', id: string, question: string): Promise<Reply> {
  const current = await readFact(context, id, USAGE[request.language]);
  const before = factContent(current);
  const listed = before.questions.find((entry) => sameText(entry, question));

  if (action === 'add' && listed) throw new UserError('bad_usage', moderationMessages(request.language).aliasExists(id, listed));
  if (action === 'remove' && !listed) throw new UserError('bad_usage', moderationMessages(request.language).aliasMissing(id, question, before.questions));
  const questions = action === 'add' ? [...before.questions, question] : before.questions.filter((entry) => entry !== listed);
  const after = validateFact({ ...before, questions }, USAGE[request.language]);

  // Unlike an edit or a revert, this writes no field the moderator chose from what they saw: it
  // adds or removes one question on the fact as it is now, so others' changes are kept. It is
  // based on the revision read just now; a change landing in between wins and this is refused.
  const applied = await applyFactChange(
    request,
    context,
    { action: 'edit', factId: id, baseRevision: current.revision, after, retired: current.retired },
    USAGE[request.language],
  );
  const revision = applied.revision.revision;
  const line = action === 'add' ? moderationMessages(request.language).aliasAdded(id, question, revision) : moderationMessages(request.language).aliasRemoved(id, listed!, revision);
  return moderationSuccess(request.language, moderationMessages(request.language).updatedTitle, id, current.retired ? [line, moderationMessages(request.language).stillRetired(id)] : [line], applied);
}
