import { UserError } from '../core/errors';
import type { Fact } from '../facts/fact';
import { addDays, SUPERSESSION_DAYS } from '../facts/fact-time';
import { firstSentence } from '../sources/sentences';
import { moderationMessages } from './messages-nl';

const CLEAR = 'clear';

/**
 * When an edit replaces the answer with a newer one (a later as_of), answers show for a while
 * what it said before: "Updated <date>; before that: <first sentence>", for SUPERSESSION_DAYS
 * or until a moderator clears it with `--update_note clear`.
 */
export function withSupersession(before: Fact, after: Fact, today: string, updateNote: string | undefined, usage: string): Fact {
  if (updateNote !== undefined && updateNote.trim().toLowerCase() !== CLEAR) {
    throw new UserError('bad_usage', (language) => moderationMessages(language).badUpdateNote(updateNote, usage));
  }
  const next = { ...after };
  if (updateNote !== undefined) delete next.supersedes;
  else if (after.as_of > before.as_of && after.answer !== before.answer) {
    next.supersedes = { updated: after.as_of, before: firstSentence(before.answer), until: addDays(today, SUPERSESSION_DAYS) };
  }
  return next;
}
