/** Slack interaction payloads and events for the forms and the App Home, as Slack sends them over Socket Mode. */
import { CHANNEL } from './slack-events';

const TEAM = { id: 'T0FAKE', domain: 'fake' };
let triggers = 0;

function user(id: string) {
  return { id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: TEAM.id };
}

export function slashCommand(text: string, userId: string, responseUrl: string, command = '/facts') {
  return {
    command,
    text,
    user_id: userId,
    user_name: userId.toLowerCase(),
    team_id: TEAM.id,
    channel_id: CHANNEL,
    response_url: responseUrl,
    trigger_id: `trigger-${++triggers}`,
    api_app_id: 'AFAKE',
  };
}

export interface OpenedView {
  callback_id: string;
  private_metadata: string;
  blocks: Array<{ type: string; block_id?: string; element?: { type: string; action_id: string; initial_value?: string; initial_option?: { value: string } } }>;
}

/** What each input of the view starts with, by block id (the option name). */
export function initialValues(view: OpenedView): Record<string, string | undefined> {
  return Object.fromEntries(
    view.blocks.filter((block) => block.type === 'input').map((block) => [block.block_id!, block.element?.initial_value ?? block.element?.initial_option?.value]),
  );
}

/**
 * A submitted modal: every input of the view with the value given here, or the one it started
 * with (null when empty), shaped as Slack's view.state.values.
 */
export function viewSubmission(view: OpenedView, userId: string, values: Record<string, string | null>) {
  const starting = initialValues(view);
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input' || !block.element) continue;
    const name = block.block_id!;
    const value = name in values ? values[name] : (starting[name] ?? null);
    state[name] = {
      [block.element.action_id]:
        block.element.type === 'static_select'
          ? { type: 'static_select', selected_option: value === null ? null : { text: { type: 'plain_text', text: value }, value } }
          : { type: 'plain_text_input', value },
    };
  }
  return {
    type: 'view_submission',
    team: TEAM,
    user: user(userId),
    api_app_id: 'AFAKE',
    token: 'legacy-verification-token',
    trigger_id: `trigger-${++triggers}`,
    view: { id: 'VFORM', team_id: TEAM.id, type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, blocks: view.blocks, state: { values: state }, hash: 'h' },
    response_urls: [],
  };
}

/** A click on the message shortcut of one of the bot's messages. */
export function messageShortcut(callbackId: string, userId: string, message: Record<string, unknown>, responseUrl: string) {
  return {
    type: 'message_action',
    callback_id: callbackId,
    trigger_id: `trigger-${++triggers}`,
    message_ts: String(message.ts ?? '1700000000.000100'),
    response_url: responseUrl,
    team: TEAM,
    channel: { id: CHANNEL, name: 'general' },
    user: user(userId),
    message: { type: 'message', user: 'UBOT', ts: '1700000000.000100', ...message },
    token: 'legacy-verification-token',
    action_ts: '1700000001.000100',
  };
}

export function appHomeOpened(userId: string) {
  return { type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home', event_ts: '1700000002.000100' };
}
