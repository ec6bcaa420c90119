import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle, type ModalSubmitInteraction } from 'discord.js';
import type { Command, CommandGroup } from '../../core/command';
import { optionDescription, optionLabel } from '../../core/command-text';
import type { Language } from '../../core/languages';
import type { CommandRegistry } from '../../core/registry';
import { modalOptionsOf, slashCommandTitle, slashOptionsOf } from './command-definitions';
import { discordMessages } from './messages';
import { DISCORD_LIMITS, trimToLimit } from './limits';

/**
 * A command's multi-line options are typed into a modal. The single-line options the user
 * already gave with the slash command travel in the modal's custom id, so a submitted form
 * needs no memory on the bot's side and survives a restart.
 */
const FORM_PREFIX = 'form:';

/** The custom id of an input whose current text is too long to prefill: left empty, the field stays unchanged. */
const KEEP_SUFFIX = ':keep';

export function encodeFormId(command: Command, carried: Readonly<Record<string, string>>): string | undefined {
  const values: Array<string | null> = slashOptionsOf(command).map((option) => carried[option.name] ?? null);
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  const customId = `${FORM_PREFIX}${command.name}:${JSON.stringify(values)}`;
  return customId.length <= DISCORD_LIMITS.customId ? customId : undefined;
}

export function isFormId(customId: string): boolean {
  return customId.startsWith(FORM_PREFIX);
}

/** The command and the slash options a submitted form carries; throws on a forged or stale id. */
export function decodeFormId(customId: string, registry: CommandRegistry): { command: Command; carried: Record<string, string> } {
  const body = customId.slice(FORM_PREFIX.length);
  const separator = body.indexOf(':');
  const command = separator > 0 ? registry.get(body.slice(0, separator)) : undefined;
  if (!command) throw new Error(`A submitted form names no known command: ${customId}`);
  const values: unknown = JSON.parse(body.slice(separator + 1));
  const slashOptions = slashOptionsOf(command);
  if (!Array.isArray(values) || values.length > slashOptions.length) throw new Error(`A submitted form carries malformed options: ${customId}`);
  const carried: Record<string, string> = {};
  values.forEach((value, index) => {
    if (typeof value === 'string') carried[slashOptions[index]!.name] = value;
  });
  return { command, carried };
}

/**
 * The form for a command; `values` start its inputs (and name the fact, by `id`, in its title).
 * It is in the user's client language (interaction.locale): its title is the slash command as
 * their client shows it (/feit bewerk), its labels and descriptions the options' own.
 */
export function buildModal(command: Command, customId: string, values: Readonly<Record<string, string>>, language: Language, groups: readonly CommandGroup[]): ModalBuilder {
  const subject = values.id ?? '';
  const title = `${slashCommandTitle(command, groups, language)} ${subject}`.trim();
  const modal = new ModalBuilder().setCustomId(customId).setTitle(trimToLimit(title, DISCORD_LIMITS.modalTitle));
  for (const option of modalOptionsOf(command)) {
    const maxLength = Math.min(option.maxLength ?? DISCORD_LIMITS.inputValue, DISCORD_LIMITS.inputValue);
    const current = values[option.name];
    const tooLongToShow = current !== undefined && current.length > maxLength;
    const input = new TextInputBuilder()
      .setCustomId(tooLongToShow ? `${option.name}${KEEP_SUFFIX}` : option.name)
      .setStyle(maxLength <= 100 ? TextInputStyle.Short : TextInputStyle.Paragraph)
      .setRequired(option.required && !tooLongToShow)
      .setMaxLength(maxLength);
    if (tooLongToShow) input.setPlaceholder(discordMessages(language).keepAsIsPlaceholder);
    else if (current !== undefined) input.setValue(current);
    modal.addLabelComponents(
      new LabelBuilder()
        .setLabel(trimToLimit(optionLabel(option, language), DISCORD_LIMITS.inputLabel))
        .setDescription(trimToLimit(optionDescription(option, language), 100))
        .setTextInputComponent(input),
    );
  }
  return modal;
}

/**
 * The carried slash options plus the text inputs. An emptied input is passed on as empty (on an
 * edit form that clears the field), except an input that was too long to show, which stays as is.
 */
export function submittedOptions(interaction: ModalSubmitInteraction, command: Command, carried: Readonly<Record<string, string>>): Record<string, string> {
  const options: Record<string, string> = { ...carried };
  for (const option of modalOptionsOf(command)) {
    const shown = textValue(interaction, option.name);
    const kept = textValue(interaction, `${option.name}${KEEP_SUFFIX}`);
    if (shown !== undefined) options[option.name] = shown;
    else if (kept !== undefined && kept.trim() !== '') options[option.name] = kept;
  }
  return options;
}

function textValue(interaction: ModalSubmitInteraction, customId: string): string | undefined {
  const field = interaction.fields.fields.get(customId);
  return field && 'value' in field && typeof field.value === 'string' ? field.value : undefined;
}
