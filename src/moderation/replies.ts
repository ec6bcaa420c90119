import type { Language } from '../core/languages';
import type { Reply } from '../core/request';
import type { AppliedChange } from './fact-changes';
import { fitBody } from './format';
import { moderationMessages } from './messages-nl';

/** Moderation results go to the moderator only. */
export function moderationSuccess(language: Language, title: string, factId: string, lines: readonly string[], applied?: AppliedChange): Reply {
  const body = applied && !applied.live ? [...lines, moderationMessages(language).matcherLagging] : lines;
  return { kind: 'success', title, body: fitBody(body), factId, suggestions: [], visibility: 'private' };
}

export function moderationInfo(title: string, lines: readonly string[], factId?: string): Reply {
  return { kind: 'info', title, body: fitBody(lines), ...(factId ? { factId } : {}), suggestions: [], visibility: 'private' };
}
