import type { types } from '@slack/bolt';
import { claimText, provenanceText } from '../../core/provenance-text';
import { encodeAction, type ReplyAction } from '../../core/reply-actions';
import type { Reply } from '../../core/request';
import { unescapeUserText } from '../../core/user-text';
import { escapeMrkdwn, toMrkdwn, truncate } from './mrkdwn';
import { slackMessages } from './slack-messages';

type KnownBlock = types.KnownBlock;

/** Slack's published limits that a reply could otherwise exceed. */
export const SLACK_LIMITS = Object.freeze({
  sectionText: 3000,
  contextText: 3000,
  fallbackText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  buttonsPerActions: 5,
});

/** Prefix of the "did you mean" buttons; the suffix is the position, so each id is unique. */
export const SHOW_FACT_ACTION_PREFIX = 'show_fact_';
export const SHOW_FACT_ACTION_PATTERN = /^show_fact_\d+$/;
/** Buttons whose value is an encoded action (see reply-actions.ts): votes, picks, accepting a suggestion. */
export const REPLY_ACTION_PREFIX = 'reply_action_';
export const REPLY_ACTION_PATTERN = /^reply_action_[a-z]?\d+$/;

/** The answer's section names its fact in its block id, so the "Edit this fact" shortcut knows which fact. */
const FACT_BLOCK_PREFIX = 'fact:';

export function factIdOfAnswer(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks as Array<{ block_id?: unknown }>) {
    if (typeof block?.block_id === 'string' && block.block_id.startsWith(FACT_BLOCK_PREFIX)) return block.block_id.slice(FACT_BLOCK_PREFIX.length);
  }
  return undefined;
}

export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit (mrkdwn, escaped). */
  text: string;
  blocks: KnownBlock[];
}

/**
 * Renderings of frozen replies: the command layer freezes a reply it gives again for the same
 * question (a remembered answer, see commands/ask.ts), so it is rendered once, not per answer.
 */
const renderedReplies = new WeakMap<Reply, SlackMessage>();

/** A neutral reply as Block Kit: the answer, its source and date, and "did you mean" buttons. */
export function renderReply(reply: Reply): SlackMessage {
  if (!Object.isFrozen(reply)) return renderAnew(reply);
  let rendered = renderedReplies.get(reply);
  if (!rendered) {
    rendered = renderAnew(reply);
    renderedReplies.set(reply, rendered);
  }
  return rendered;
}

function renderAnew(reply: Reply): SlackMessage {
  const provenance = provenanceText(reply.language);
  const heading = reply.title ? `*${escapeMrkdwn(reply.title)}*\n` : '';
  // In the answer's own section, not the small print: readers must see it.
  const caveat = reply.caveat ? `\n\n:warning: *${provenance.caveatLabel}:* ${escapeMrkdwn(reply.caveat)}` : '';
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      ...(reply.kind === 'answer' && reply.factId ? { block_id: `${FACT_BLOCK_PREFIX}${reply.factId}` } : {}),
      text: { type: 'mrkdwn', text: truncate(heading + toMrkdwn(reply.body) + caveat, SLACK_LIMITS.sectionText) },
    },
  ];

  const context = contextLines(reply);
  if (context.length > 0) {
    blocks.push({
      type: 'context',
      elements: context.map((line) => ({ type: 'mrkdwn' as const, text: truncate(line, SLACK_LIMITS.contextText) })),
    });
  }

  const choices = reply.suggestions.slice(0, SLACK_LIMITS.buttonsPerActions);
  if (choices.length > 0) {
    blocks.push({
      type: 'actions',
      elements: choices.map((suggestion, position) => {
        const token = suggestion.action && encodeAction(suggestion.action, SLACK_LIMITS.buttonValue);
        return {
          type: 'button' as const,
          action_id: token ? `${REPLY_ACTION_PREFIX}s${position}` : `${SHOW_FACT_ACTION_PREFIX}${position}`,
          value: token ?? suggestion.factId.slice(0, SLACK_LIMITS.buttonValue),
          // plain_text is shown as typed, so it needs no escaping and cannot ping anyone.
          text: { type: 'plain_text' as const, text: truncate(suggestion.title, SLACK_LIMITS.buttonText), emoji: false },
        };
      }),
    });
  }
  blocks.push(...actionBlocks(reply.actions ?? []));

  const fallbackParts = [reply.title ? `${reply.title}: ${reply.body}` : reply.body];
  if (reply.caveat) fallbackParts.push(`${provenance.caveatLabel}: ${reply.caveat}`);
  if (choices.length > 0) fallbackParts.push(slackMessages(reply.language).choicesFallback(choices.map((choice) => choice.title)));
  return { text: truncate(unescapeUserText(escapeMrkdwn(fallbackParts.join('\n'))), SLACK_LIMITS.fallbackText), blocks };
}

function contextLines(reply: Reply): string[] {
  const messages = slackMessages(reply.language);
  const provenance = provenanceText(reply.language);
  const lines: string[] = [];
  if (reply.note) lines.push(`*${messages.noteLabel}:* ${toMrkdwn(reply.note)}`);
  if (reply.source) {
    const quote = reply.source.quote ? ` “${escapeMrkdwn(reply.source.quote)}”` : '';
    const unverified = reply.source.unverified ? ` (${provenance.quoteNotVerified})` : '';
    lines.push(`*${messages.sourceLabel}:* _${escapeMrkdwn(reply.source.title)}_${quote}${unverified}`);
  }
  if (reply.claim) lines.push(`*${provenance.claimLabel}:* ${escapeMrkdwn(claimText(reply.claim, reply.language))}`);
  const dates = [
    reply.asOf ? messages.asOf(escapeMrkdwn(reply.asOf)) : '',
    reply.updatedAt ? messages.updatedByModerator(escapeMrkdwn(reply.updatedAt)) : '',
  ].filter(Boolean);
  if (dates.length > 0) lines.push(dates.join(' · '));
  return lines;
}

/** The reply's own buttons, small and after everything else, five to a row. */
function actionBlocks(actions: readonly ReplyAction[]): KnownBlock[] {
  const buttons = actions.flatMap((action, position) => {
    const value = encodeAction(action, SLACK_LIMITS.buttonValue);
    if (value === undefined) return [];
    const style = action.style === 'primary' || action.style === 'danger' ? { style: action.style } : {};
    return [
      {
        type: 'button' as const,
        action_id: `${REPLY_ACTION_PREFIX}${position}`,
        value,
        text: { type: 'plain_text' as const, text: truncate(action.label, SLACK_LIMITS.buttonText), emoji: true },
        ...style,
      },
    ];
  });
  const blocks: KnownBlock[] = [];
  for (let start = 0; start < buttons.length; start += SLACK_LIMITS.buttonsPerActions) {
    blocks.push({ type: 'actions', elements: buttons.slice(start, start + SLACK_LIMITS.buttonsPerActions) });
  }
  return blocks;
}
