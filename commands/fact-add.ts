import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { applyFactChange, findFact, requireFactId } from '../src/moderation/fact-changes';
import { factFieldOptions, newFactFromOptions } from '../src/moderation/fact-options';
import { checkCitation, validateFact } from '../src/moderation/fact-validation';
import { isoDay } from '../src/moderation/format';
import { moderationMessages } from '../src/moderation/messages-nl';
import { moderationSuccess } from '../src/moderation/replies';

const USAGE: UsageLines = {
  en: 'fact add <id> --title "…" --answer "…" --quotes "sentence | sentence" --topic <topic> --claim <kind> [--source <source id>] [--questions "q | q"] [--keywords "a, b"] [--tags "a, b"] [--as_of YYYY-MM-DD] [--review_by YYYY-MM-DD] [--date YYYY[-MM[-DD]][/end]]',
  nl: 'fact toevoegen <id> --title "…" --answer "…" --quotes "zin | zin" --topic <onderwerp> --claim <soort> [--source <bron-id>] [--questions "vraag | vraag"] [--keywords "a, b"] [--tags "a, b"] [--as_of JJJJ-MM-DD] [--review_by JJJJ-MM-DD] [--date JJJJ[-MM[-DD]][/eind]]',
};

export const factAddCommand = {
  name: 'fact add',
  description: 'Add a new fact, citing a source (moderators)',
  dutch: { name: 'toevoegen', description: 'Voeg een nieuw feit toe (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  form: { title: 'Add a fact', dutch: { title: 'Feit toevoegen' }, carried: ['id'] },
  options: [
    { name: 'id', description: 'New fact id: 2-40 characters of a-z, 0-9 and -', dutch: { label: 'Id', description: 'Nieuw id van het feit: 2-40 tekens uit a-z, 0-9 en -' }, kind: 'string', required: true, positional: true },
    ...factFieldOptions('add'),
  ],
  async run(request, context) {
    const id = requireFactId(request, USAGE[request.language]);
    const existing = await findFact(context, id, USAGE[request.language]);
    if (existing) {
      throw new UserError('fact_exists', existing.retired ? moderationMessages(request.language).factExistsRetired(id) : moderationMessages(request.language).factExists(id));
    }
    const fact = validateFact(newFactFromOptions(id, request.options, isoDay(context.now())), USAGE[request.language]);
    checkCitation(fact, context.sources, USAGE[request.language]);
    const applied = await applyFactChange(request, context, { action: 'add', factId: id, after: fact, retired: false }, USAGE[request.language]);
    return moderationSuccess(request.language, moderationMessages(request.language).addedTitle, id, [moderationMessages(request.language).added(id, applied.revision.revision)], applied);
  },
} satisfies Command;
