import type { webApi } from '@slack/bolt';
import type { Command } from '../../core/command';
import type { StructuredInput } from '../../core/dispatcher';
import type { Reply } from '../../core/request';
import { FACT_LIMITS } from '../../facts/fact';
import { buildFormView } from './fact-form-view';
import type { ListenerContext } from './listeners/listener-context';

/**
 * "/facts add", "/facts add <id>", "/facts edit <id>" (with or without the group word "fact"):
 * a command offered as a form (its definition has `form`), typed with at most one value, a fact
 * id, for its first positional option. Anything else is a typed command line.
 */
export function formRequestIn(text: string, commands: readonly Command[]): { commandName: string; options: Record<string, string> } | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  for (const command of commands) {
    if (!command.form) continue;
    const name = command.name.split(' ');
    const spelled = [name, name.slice(1)].find((spelling) => spelling.length > 0 && spelling.every((word, index) => words[index] === word));
    if (!spelled) continue;
    const rest = words.slice(spelled.length);
    const value = rest[0];
    if (rest.length > 1 || (value !== undefined && !FACT_LIMITS.idPattern.test(value))) continue;
    const first = command.options.find((option) => option.positional)?.name;
    const options: Record<string, string> = value !== undefined && first ? { [first]: value } : {};
    if ((command.form.needs ?? []).some((needed) => options[needed] === undefined)) continue;
    return { commandName: command.name, options };
  }
  return undefined;
}

/**
 * Opens the form for a command, prefilled by the command layer (an edit form shows the fact as
 * it is, and carries the revision it shows as the edit's base). Returns the reply to send
 * instead when there is no form to show: the user may not run the command, or the fact is unknown.
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
  await client.views.open({ trigger_id: triggerId, view: buildFormView(command, values, channel) });
  return undefined;
}
