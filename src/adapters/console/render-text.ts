import { claimText, PROVENANCE_TEXT } from '../../core/provenance-text';
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
  if (reply.caveat) lines.push(`${PROVENANCE_TEXT.caveatLabel}: ${plainText(reply.caveat)}`);
  if (reply.suggestions.length > 0) {
    lines.push('', ...reply.suggestions.map((suggestion, index) => `  ${index + 1}. ${plainText(suggestion.title)}  [${suggestion.factId}]`));
    lines.push('  (type the number to see that answer)');
  }
  if (reply.note) lines.push('', `Note: ${plainText(reply.note)}`);
  if (reply.source) {
    const unverified = reply.source.unverified ? ` (${PROVENANCE_TEXT.quoteNotVerified})` : '';
    lines.push('', `Source: "${plainText(reply.source.title)}": "${plainText(reply.source.quote)}"${unverified}`);
  }
  if (reply.claim) lines.push(`${PROVENANCE_TEXT.claimLabel}: ${claimText(reply.claim)}`);
  const dates = [reply.asOf ? `As of ${reply.asOf}` : '', reply.updatedAt ? `updated ${reply.updatedAt}` : ''].filter(Boolean);
  if (dates.length > 0) lines.push(dates.join(' · '));
  return lines.join('\n');
}
