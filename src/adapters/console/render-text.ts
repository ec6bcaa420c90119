import type { Reply } from '../../core/request';
import { unescapeUserText } from '../../core/user-text';

/** Terminal control sequences in fact or user text must not reach the terminal. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function plainText(text: string): string {
  return unescapeUserText(text.replace(CONTROL_CHARACTERS, '').replace(/\*\*(.+?)\*\*/g, '$1'));
}

/** Renders a reply for a terminal: title, body, source and date, numbered suggestions. */
export function renderReplyAsText(reply: Reply): string {
  const lines = [`== ${plainText(reply.title)} ==`, plainText(reply.body)];
  if (reply.suggestions.length > 0) {
    lines.push('', ...reply.suggestions.map((suggestion, index) => `  ${index + 1}. ${plainText(suggestion.title)}  [${suggestion.factId}]`));
    lines.push('  (type the number to see that answer)');
  }
  if (reply.note) lines.push('', `Note: ${plainText(reply.note)}`);
  if (reply.source) lines.push('', `Source: "${plainText(reply.source.title)}": "${plainText(reply.source.quote)}"`);
  const dates = [reply.asOf ? `As of ${reply.asOf}` : '', reply.updatedAt ? `updated ${reply.updatedAt}` : ''].filter(Boolean);
  if (dates.length > 0) lines.push(dates.join(' · '));
  return lines.join('\n');
}
