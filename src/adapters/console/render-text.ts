import { claimText, provenanceText } from '../../core/provenance-text';
import type { Reply } from '../../core/request';
import { unescapeUserText } from '../../core/user-text';
import { consoleMessages } from './console-messages';

/** Terminal control sequences in fact or user text must not reach the terminal. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function plainText(text: string): string {
  return unescapeUserText(text.replace(CONTROL_CHARACTERS, '').replace(/\*\*(.+?)\*\*/g, '$1'));
}

/** Renders a reply for a terminal: title, body, source and date, numbered suggestions. */
export function renderReplyAsText(reply: Reply): string {
  const messages = consoleMessages(reply.language);
  const provenance = provenanceText(reply.language);
  const lines = [`== ${plainText(reply.title)} ==`, plainText(reply.body)];
  if (reply.caveat) lines.push(`${provenance.caveatLabel}: ${plainText(reply.caveat)}`);
  if (reply.suggestions.length > 0) {
    lines.push('', ...reply.suggestions.map((suggestion, index) => `  ${index + 1}. ${plainText(suggestion.title)}  [${suggestion.factId}]`));
    lines.push(`  ${messages.pickByNumber}`);
  }
  if (reply.note) lines.push('', `${messages.noteLabel}: ${plainText(reply.note)}`);
  if (reply.source) {
    const unverified = reply.source.unverified ? ` (${provenance.quoteNotVerified})` : '';
    lines.push('', `${messages.sourceLabel}: "${plainText(reply.source.title)}": "${plainText(reply.source.quote)}"${unverified}`);
  }
  if (reply.claim) lines.push(`${provenance.claimLabel}: ${claimText(reply.claim, reply.language)}`);
  const dates = [reply.asOf ? messages.asOf(reply.asOf) : '', reply.updatedAt ? messages.updated(reply.updatedAt) : ''].filter(Boolean);
  if (dates.length > 0) lines.push(dates.join(' · '));
  return lines.join('\n');
}
