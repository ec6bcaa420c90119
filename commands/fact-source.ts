import type { Command } from '../src/core/command';
import type { UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import type { Language } from '../src/core/languages';
import { moderationSuccess } from '../src/moderation/replies';
import { sourceMessages } from '../src/sources/messages-nl';
import { SOURCE_KINDS, SOURCE_LIMITS, SourceMetaSchema } from '../src/sources/source';
import { SourceExistsError, type NewSource } from '../src/store/fact-store';
import { changeMessages } from '../src/moderation/change-messages';
import { moderationMessages } from '../src/moderation/messages-nl';

const USAGE: UsageLines = {
  en: `fact source add <id> --title "…" --kind <${SOURCE_KINDS.join('|')}> --date YYYY-MM-DD --url https://… [--language en] [--text "the source's full text"]`,
  nl: `fact bron add <id> --title "…" --kind <${SOURCE_KINDS.join('|')}> --date JJJJ-MM-DD --url https://… [--language en] [--text "de volledige tekst van de bron"]`,
};

/** Option names as typed, for problems that name what the moderator can fix. */
const OPTION_OF_FIELD: Record<string, string> = { published: 'date' };

/**
 * Registers a new source document from chat, when the world moves on (a new government
 * letter, say). Without its text, quotes from it are stored as given and answers say
 * "quote not verified"; curators can add knowledge/sources/<id>.txt later to have them checked.
 */
export const factSourceCommand = {
  name: 'fact source',
  description: 'Register a new source document that facts can cite (moderators)',
  dutch: { name: 'bron', description: 'Registreer een bron waarnaar feiten kunnen verwijzen (moderators)', usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: true,
  options: [
    { name: 'action', description: 'add', dutch: { label: 'Actie', description: 'add (een bron toevoegen)' }, kind: 'string', required: true, positional: true },
    { name: 'id', description: 'New source id: 2-60 characters of a-z, 0-9 and -', dutch: { label: 'Id', description: 'Nieuw id van de bron: 2-60 tekens uit a-z, 0-9 en -' }, kind: 'string', required: true, positional: true },
    { name: 'title', description: `The source's title, at most ${SOURCE_LIMITS.titleMax} characters`, dutch: { label: 'Titel', description: `De titel van de bron, hoogstens ${SOURCE_LIMITS.titleMax} tekens` }, kind: 'string', required: true, maxLength: SOURCE_LIMITS.titleMax },
    { name: 'kind', description: `One of: ${SOURCE_KINDS.join(', ')}`, dutch: { label: 'Soort', description: `Een van: ${SOURCE_KINDS.join(', ')}`, choices: { 'news-article': 'nieuwsartikel', 'government-letter': 'brief van de regering', 'official-statement': 'officiële verklaring', report: 'rapport', other: 'anders' } }, kind: 'string', required: true, choices: SOURCE_KINDS },
    { name: 'date', description: 'Publication date, YYYY-MM-DD', dutch: { label: 'Datum', description: 'Publicatiedatum, JJJJ-MM-DD' }, kind: 'string', required: true },
    { name: 'url', description: 'Where the source can be read (http or https)', dutch: { label: 'Adres', description: 'Waar de bron te lezen is (http of https)' }, kind: 'string', required: true, maxLength: SOURCE_LIMITS.urlMax },
    { name: 'language', description: 'Two-letter language code (default: en)', dutch: { label: 'Taal', description: 'Taalcode van twee letters (standaard: en)' }, kind: 'string', required: false },
    { name: 'text', description: "The source's full text (optional: without it quotes cannot be checked)", dutch: { label: 'Tekst', description: 'De volledige tekst van de bron (optioneel; zonder tekst worden citaten niet gecontroleerd)' }, kind: 'text', required: false },
  ],
  async run(request, context) {
    const action = (request.options.action ?? '').trim().toLowerCase();
    if (action !== 'add') throw new UserError('bad_usage', moderationMessages(request.language).badSourceAction(request.options.action ?? '', USAGE[request.language]));
    const source = parseSource(request.options, request.language);
    if (context.sources.get(source.id)) throw new UserError('bad_usage', sourceMessages(request.language).sourceExists(source.id));
    const { actor } = request;
    try {
      await context.store.addSource(source, { platform: actor.platform, userId: actor.userId, displayName: actor.displayName, location: request.location });
    } catch (error) {
      if (error instanceof SourceExistsError) throw new UserError('bad_usage', sourceMessages(request.language).sourceExists(source.id));
      throw error;
    }
    await context.sources.refresh();
    return moderationSuccess(request.language, sourceMessages(request.language).sourcesTitle, source.id, [sourceMessages(request.language).sourceAdded(source.id, source.text !== undefined)]);
  },
} satisfies Command;

function parseSource(options: Readonly<Record<string, string>>, language: Language): NewSource {
  const text = options.text?.trim();
  const candidate = {
    id: (options.id ?? '').trim().toLowerCase(),
    title: options.title,
    kind: options.kind?.trim().toLowerCase(),
    published: options.date?.trim(),
    url: options.url?.trim(),
    ...(options.language?.trim() ? { language: options.language.trim().toLowerCase() } : {}),
  };
  const parsed = SourceMetaSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? 'source');
      const value = (candidate as Record<string, unknown>)[field];
      const option = OPTION_OF_FIELD[field] ?? field;
      return value === undefined ? moderationMessages(language).sourceOptionRequired(option) : changeMessages(language).breaksRule(option, issue.message);
    });
    throw new UserError('bad_usage', sourceMessages(language).invalidSource([...new Set(problems)], USAGE[language]));
  }
  if (text && text.length > SOURCE_LIMITS.textMax) {
    throw new UserError('bad_usage', sourceMessages(language).invalidSource([moderationMessages(language).sourceTextTooLong(SOURCE_LIMITS.textMax)], USAGE[language]));
  }
  return { ...parsed.data, ...(text ? { text } : {}) };
}
