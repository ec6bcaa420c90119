import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type Interaction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { BotCore } from '../../app/bot-core';
import { somethingWentWrongReply, SUGGESTION_COMMAND } from '../../core/dispatcher';
import { languageOfLocale } from '../../language/detect-language';
import { answerInTime } from './answer-in-time';
import { deliver } from './deliver';
import { actorOf, commandNameOf, locationOf } from './interaction-to-request';
import { DISCORD_LIMITS, trimToLimit } from './limits';
import { decodeFormId, isFormId, submittedOptions } from './modal-form';
import { actionFromButton, factIdFromButton, renderReply } from './render-reply';
import { answerSlashCommand } from './slash-command';

export interface InteractionDeps {
  core: Pick<BotCore, 'dispatcher' | 'registry'>;
  logger: Logger;
}

/**
 * Routes one interaction to the command layer and sends its reply back. The dispatcher
 * already turns command errors into replies; this catch is the safety net for anything that
 * slips past it (a Discord call that fails, a malformed payload), so the bot keeps serving.
 */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await answerAutocomplete(interaction, deps);
    else if (interaction.isChatInputCommand()) await answerSlashCommand(interaction, deps);
    else if (interaction.isButton()) await answerButton(interaction, deps);
    else if (interaction.isModalSubmit()) await answerForm(interaction, deps);
  } catch (error) {
    deps.logger.error(
      { err: error, interactionType: interaction.type, userId: interaction.user.id, location: locationOf(interaction) },
      'a Discord interaction failed outside the command layer',
    );
    await apologise(interaction).catch((apologyError: unknown) => {
      deps.logger.error({ err: apologyError }, 'could not tell the user that something went wrong');
    });
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, { core }: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = await core.dispatcher.autocomplete({
    actor: actorOf(interaction),
    location: locationOf(interaction),
    commandName: commandNameOf(interaction),
    focusedOption: focused.name,
    partial: String(focused.value ?? ''),
  });
  const numeric = focused.type === ApplicationCommandOptionType.Integer;
  await interaction.respond(
    choices
      .filter((choice) => !numeric || /^-?\d+$/.test(choice.value))
      .slice(0, DISCORD_LIMITS.autocompleteChoices)
      .map((choice) => ({
        name: trimToLimit(choice.name, DISCORD_LIMITS.choiceName),
        value: numeric ? Number(choice.value) : trimToLimit(choice.value, DISCORD_LIMITS.choiceValue),
      })),
  );
}

async function answerButton(interaction: ButtonInteraction, { core }: InteractionDeps): Promise<void> {
  const token = actionFromButton(interaction.customId);
  if (token !== undefined) {
    const input = { actor: actorOf(interaction), location: locationOf(interaction), token };
    await answerInTime(interaction, async () => renderReply(await core.dispatcher.handleAction(input)), { ephemeral: false });
    return;
  }
  const factId = factIdFromButton(interaction.customId);
  if (!factId) throw new Error(`A button with an unknown custom id was clicked: ${interaction.customId}`);
  const input = { actor: actorOf(interaction), location: locationOf(interaction), commandName: SUGGESTION_COMMAND, options: { id: factId } };
  await answerInTime(interaction, async () => renderReply(await core.dispatcher.handleCommand(input)), { ephemeral: false });
}

async function answerForm(interaction: ModalSubmitInteraction, { core }: InteractionDeps): Promise<void> {
  if (!isFormId(interaction.customId)) throw new Error(`A modal with an unknown custom id was submitted: ${interaction.customId}`);
  const { command, carried } = decodeFormId(interaction.customId, core.registry);
  const input = { actor: actorOf(interaction), location: locationOf(interaction), commandName: command.name, options: submittedOptions(interaction, command, carried) };
  // A form saves a fact: the store write is the work most likely to need the deferral.
  await answerInTime(interaction, async () => renderReply(await core.dispatcher.handleCommand(input)), { ephemeral: true });
}

async function apologise(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  await deliver(interaction, renderReply(somethingWentWrongReply(languageOfLocale(interaction.locale))));
}
