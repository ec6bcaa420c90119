import type { ChatInputCommandInteraction } from 'discord.js';
import type { Command } from '../../core/command';
import { DEFAULT_LANGUAGE } from '../../core/languages';
import type { StructuredInput } from '../../core/dispatcher';
import type { Reply } from '../../core/request';
import { answerInTime } from './answer-in-time';
import { deliver } from './deliver';
import type { InteractionDeps } from './handle-interaction';
import { isModerationSlashCommand, modalOptionsOf } from './command-definitions';
import { actorOf, commandNameOf, locationOf, slashOptionValues } from './interaction-to-request';
import { buildModal, encodeFormId } from './modal-form';
import { discordMessages } from './messages';
import { renderReply } from './render-reply';

/**
 * A slash command, answered by the command layer: directly when the answer is ready in time,
 * after a deferral when the work is slow (see answer-in-time.ts). Commands with multi-line
 * options open a form instead.
 */
export async function answerSlashCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const { core } = deps;
  const input: StructuredInput = {
    actor: actorOf(interaction),
    location: locationOf(interaction),
    commandName: commandNameOf(interaction),
    options: slashOptionValues(interaction),
  };
  const command = core.registry.get(input.commandName);
  if (command && modalOptionsOf(command).length > 0) {
    await openForm(interaction, command, input, deps);
    return;
  }
  const privately = isModerationSlashCommand(core.registry.commands, interaction.commandName);
  await answerInTime(interaction, async () => renderReply(await core.dispatcher.handleCommand(input)), { ephemeral: privately });
}

/**
 * Shows the form for a command with 'text' options, starting from the values the command layer
 * gives (an edit form shows the fact as it is). A user who may not run the command is answered
 * at once rather than after filling in the form; the submitted form is checked again regardless.
 */
async function openForm(interaction: ChatInputCommandInteraction, command: Command, input: StructuredInput, { core }: InteractionDeps): Promise<void> {
  if (!core.dispatcher.mayRun(input.actor, command.name)) {
    await answerPrivately(interaction, () => core.dispatcher.handleCommand(input));
    return;
  }
  const defaults = await core.dispatcher.formDefaults(input);
  if (!defaults.ok) {
    await deliver(interaction, renderReply(defaults.reply));
    return;
  }
  // What the user typed with the slash command wins over the defaults (a `base` they named).
  const values = { ...defaults.options, ...input.options };
  const customId = encodeFormId(command, values);
  if (!customId) {
    const messages = discordMessages(input.actor.clientLanguage);
    await deliver(interaction, renderReply({ kind: 'error', title: messages.formTooLongTitle, body: messages.formTooLong, suggestions: [], visibility: 'private', language: input.actor.clientLanguage ?? 'en' }));
    return;
  }
  await interaction.showModal(buildModal(command, customId, values, input.actor.clientLanguage ?? DEFAULT_LANGUAGE, core.registry.groups));
}

async function answerPrivately(interaction: ChatInputCommandInteraction, work: () => Promise<Reply>): Promise<void> {
  await answerInTime(interaction, async () => renderReply(await work()), { ephemeral: true });
}
