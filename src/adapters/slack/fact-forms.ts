import type { webApi } from '@slack/bolt';
import type { Command } from '../../core/command';
import type { StructuredInput } from '../../core/dispatcher';
import type { Language } from '../../core/languages';
import { dutchCommandName } from '../../core/registry';
import type { Reply } from '../../core/request';
import { requestLanguage } from '../../core/request-language';
import { detectLanguage } from '../../language/detect-language';
import { FACT_LIMITS } from '../../facts/fact';
import { buildFormView } from './fact-form-view';
import type { ListenerContext } from './listeners/listener-context';

/**
 * "/facts add", "/facts add <id>", "/facts edit <id>" (with or without the group word "fact"), or
 * by the command's Dutch name ("/facts bewerk <id>", which makes the form Dutch): a command
 * offered as a form (its definition has `form`), typed with at most one value, a fact id, for its
 * first positional option. Anything else is a typed command line.
 */
export function formRequestIn(text: string, commands: readonly Command[]): { commandName: string; options: Record<string, string>; language?: Language } | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  for (const command of commands) {
    if (!command.form) continue;
    const dutch = dutchCommandName(command)?.split(' ');
    const spellings = [command.name.split(' '), ...(dutch ? [dutch] : [])].flatMap((name) => [name, name.slice(1)]);
    const spelled = spellings.find((spelling) => spelling.length > 0 && spelling.every((word, index) => words[index] === word));
    if (!spelled) continue;
    const rest = words.slice(spelled.length);
    const value = rest[0];
    if (rest.length > 1 || (value !== undefined && !FACT_LIMITS.idPattern.test(value))) continue;
    const first = command.options.find((option) => option.positional)?.name;
    const options: Record<string, string> = value !== undefined && first ? { [first]: value } : {};
    if ((command.form.needs ?? []).some((needed) => options[needed] === undefined)) continue;
    const typedInDutch = dutch !== undefined && spelled.at(-1) === dutch.at(-1);
    return { commandName: command.name, options, ...(typedInDutch ? { language: 'nl' as const } : {}) };
  }
  return undefined;
}

/**
 * Opens the form for a command, prefilled by the command layer (an edit form shows the fact as
 * it is, and carries the revision it shows as the edit's base). Returns the reply to send
 * instead when there is no form to show: the user may not run the command, or the fact is unknown.
 * The form is in the language of the text that opened it (`input.language`: a Dutch command name),
 * else the user's Slack language, else English, as a reply to the same words would be.
 */
export async function openFactForm(
  deps: Pick<ListenerContext, 'dispatcher' | 'registry'>,
  client: webApi.WebClient,
  triggerId: string,
  input: StructuredInput,
  channel: string | undefined,
): Promise<Reply | undefined> {
  const command = deps.registry.get(input.commandName);
  if (!command || !deps.dispatcher.mayRun(input.actor, command.name)) return deps.dispatcher.handleCommand(input);
  const defaults = await deps.dispatcher.formDefaults(input);
  if (!defaults.ok) return defaults.reply;
  const values = { ...defaults.options, ...input.options };
  const language = requestLanguage(detectLanguage, input.actor, { carried: input.language });
  await client.views.open({ trigger_id: triggerId, view: buildFormView(command, values, channel, language) });
  return undefined;
}
