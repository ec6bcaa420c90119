import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { moderatorRulesFrom } from '../../app/bot-core';
import type { Command } from '../../core/command';
import type { StructuredInput } from '../../core/dispatcher';
import { isModerator } from '../../core/moderator-policy';
import type { Reply } from '../../core/request';
import { deliver } from './deliver';
import type { InteractionDeps } from './handle-interaction';
import { isModerationSlashCommand, modalOptionsOf } from './command-definitions';
import { actorOf, commandNameOf, locationOf, slashOptionValues } from './interaction-to-request';
import { buildModal, encodeFormId, factAsFormValues } from './modal-form';
import { DISCORD_MESSAGES } from './messages';
import { renderReply } from './render-reply';

/** Commands whose form starts from the fact's current text, so a moderator edits rather than retypes. */
const FORMS_PREFILLED_FROM_FACT = new Set(['fact edit']);
/** Read-only: answers "there is no such fact" in the command layer's words. */
const SHOW_FACT_COMMAND = 'fact show';

/**
 * A slash command: deferred at once (the store may be slow; Discord allows 3 seconds), then
 * answered by the command layer. Commands with multi-line options open a form instead.
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
  await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
  await deliver(interaction, renderReply(await core.dispatcher.handleCommand(input)));
}

/**
 * Shows the form for a command with 'text' options. Whether the user may run it is the command
 * layer's call (its policy is asked here only to spare a non-moderator filling in a form that
 * will be refused); submitting the form goes through the dispatcher's own check again.
 */
async function openForm(interaction: ChatInputCommandInteraction, command: Command, input: StructuredInput, { core }: InteractionDeps): Promise<void> {
  if (command.moderatorOnly && !isModerator(input.actor, moderatorRulesFrom(core.config))) {
    await answerPrivately(interaction, () => core.dispatcher.handleCommand(input));
    return;
  }
  const carried: Record<string, string> = { ...input.options };
  let prefill: Record<string, string> = {};
  if (FORMS_PREFILLED_FROM_FACT.has(command.name) && carried.id) {
    const fact = await core.store.getFact(carried.id);
    if (!fact) {
      await answerPrivately(interaction, () => core.dispatcher.handleCommand({ ...input, commandName: SHOW_FACT_COMMAND, options: { id: carried.id! } }));
      return;
    }
    prefill = factAsFormValues(fact);
    // The moderator edits the revision the form shows them, so that is the base of the change.
    carried.base ??= String(fact.revision);
  }
  const customId = encodeFormId(command, carried);
  if (!customId) {
    await deliver(interaction, renderReply({ kind: 'error', title: DISCORD_MESSAGES.formTooLongTitle, body: DISCORD_MESSAGES.formTooLong, suggestions: [], visibility: 'private' }));
    return;
  }
  await interaction.showModal(buildModal(command, customId, prefill));
}

async function answerPrivately(interaction: ChatInputCommandInteraction, work: () => Promise<Reply>): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await deliver(interaction, renderReply(await work()));
}
