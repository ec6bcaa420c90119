import type { types } from '@slack/bolt';
import type { Command, CommandOption } from '../../core/command';
import { choiceName, formTitle, optionDescription, optionLabel } from '../../core/command-text';
import { isLanguage, type Language } from '../../core/languages';
import type { CommandRegistry } from '../../core/registry';
import { truncate } from './mrkdwn';
import { slackMessages } from './slack-messages';

/**
 * A command's options as a Block Kit modal, and a submitted modal back into options. What the
 * form carries (the command, the fact id, the base revision, the channel to answer in) travels
 * in the view's private_metadata, so a submission needs no memory on the bot's side.
 */
export const FACT_FORM_CALLBACK = 'fact_form';

/** Slack's limits on modal parts (https://docs.slack.dev/reference/block-kit). */
export const SLACK_FORM_LIMITS = Object.freeze({ title: 24, label: 2000, hint: 2000, inputValue: 3000, privateMetadata: 3000, selectOptionText: 75 });

export interface FormMetadata {
  command: string;
  /** Options fixed when the form opened (id, base): not shown as inputs. */
  carried: Record<string, string>;
  /** Inputs that started with a value: emptied, they are sent as empty (which clears the field). */
  prefilled: string[];
  /** Where to answer the submission; absent, the answer goes to the user's direct messages. */
  channel?: string;
  /** The form's language, which the answer to its submission keeps; absent, English. */
  language?: Language;
}

type ViewState = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

/** The command's form (see CommandForm) in a language, its inputs starting from `values`. */
export function buildFormView(command: Command, values: Readonly<Record<string, string>>, channel: string | undefined, language: Language): types.ModalView {
  const carried = Object.fromEntries((command.form?.carried ?? []).filter((name) => values[name] !== undefined).map((name) => [name, values[name]!]));
  const prefilled: string[] = [];
  const blocks: types.KnownBlock[] = [];
  for (const option of command.options) {
    if (option.name in carried) continue;
    // A value too long for an input stays out of the form, and so unchanged.
    const current = values[option.name];
    if (current !== undefined && current.length > SLACK_FORM_LIMITS.inputValue) continue;
    if (current !== undefined && current !== '') prefilled.push(option.name);
    blocks.push(inputBlock(option, current, language));
  }
  const metadata: FormMetadata = { command: command.name, carried, prefilled, ...(channel ? { channel } : {}), ...(language === 'en' ? {} : { language }) };
  const subject = carried.id ? ` ${carried.id}` : '';
  const messages = slackMessages(language);
  return {
    type: 'modal',
    callback_id: FACT_FORM_CALLBACK,
    title: { type: 'plain_text', text: truncate(`${formTitle(command, language)}${subject}`, SLACK_FORM_LIMITS.title) },
    submit: { type: 'plain_text', text: messages.formSubmit },
    close: { type: 'plain_text', text: messages.formClose },
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

function inputBlock(option: CommandOption, current: string | undefined, language: Language): types.KnownBlock {
  const label = { type: 'plain_text' as const, text: truncate(optionLabel(option, language), SLACK_FORM_LIMITS.label) };
  const hint = { type: 'plain_text' as const, text: truncate(optionDescription(option, language), SLACK_FORM_LIMITS.hint) };
  const common = { type: 'input' as const, block_id: option.name, optional: !option.required, label, hint };
  if (option.choices) {
    // A Dutch form shows each value by its Dutch name; the value submitted stays the code the command reads.
    const choice = (value: string) => ({ text: { type: 'plain_text' as const, text: truncate(choiceName(option, value, language), SLACK_FORM_LIMITS.selectOptionText) }, value });
    return {
      ...common,
      element: {
        type: 'static_select',
        action_id: option.name,
        options: option.choices.map(choice),
        ...(current && option.choices.includes(current) ? { initial_option: choice(current) } : {}),
      },
    };
  }
  const maxLength = Math.min(option.maxLength ?? SLACK_FORM_LIMITS.inputValue, SLACK_FORM_LIMITS.inputValue);
  return {
    ...common,
    element: {
      type: 'plain_text_input',
      action_id: option.name,
      multiline: option.kind === 'text' && maxLength > 100,
      max_length: maxLength,
      ...(current ? { initial_value: current } : {}),
    },
  };
}

/** The metadata a submitted form carries; throws on a forged or malformed one. */
export function readFormMetadata(privateMetadata: string | undefined, registry: CommandRegistry): { command: Command; metadata: FormMetadata } {
  const parsed: unknown = JSON.parse(privateMetadata || 'null');
  const metadata = parsed as FormMetadata | null;
  // Only commands offered as forms: a submission naming another is refused.
  const named = typeof metadata?.command === 'string' ? registry.get(metadata.command) : undefined;
  const command = named?.form ? named : undefined;
  const stringRecord = (value: unknown) => typeof value === 'object' && value !== null && Object.values(value).every((item) => typeof item === 'string');
  const languageOk = metadata?.language === undefined || isLanguage(metadata.language);
  if (!command || !stringRecord(metadata!.carried) || !Array.isArray(metadata!.prefilled) || !languageOk) throw new Error('A submitted Slack form carries malformed metadata');
  return { command, metadata: metadata! };
}

/**
 * The options a submission gives: the carried ones plus each input. An input left empty is
 * not given (the field stays as it is), unless it started with a value, which empties it.
 */
export function submittedOptions(command: Command, metadata: FormMetadata, state: ViewState): Record<string, string> {
  const options: Record<string, string> = { ...metadata.carried };
  for (const option of command.options) {
    if (option.name in metadata.carried) continue;
    const input = state[option.name]?.[option.name];
    const value = input?.selected_option?.value ?? input?.value ?? undefined;
    if (value !== undefined && value !== null && value !== '') options[option.name] = value;
    else if (metadata.prefilled.includes(option.name)) options[option.name] = '';
  }
  return options;
}
