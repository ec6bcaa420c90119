import { CLAIM_LABELS, type ClaimKind } from '../facts/fact';

/** The words every adapter puts around an answer's claim status, caveat and unchecked quote. */
export const PROVENANCE_TEXT = Object.freeze({
  claimLabel: 'Claim',
  caveatLabel: 'Caveat',
  quoteNotVerified: 'quote not verified',
});

/** "the author's own view or analysis" */
export function claimText(kind: ClaimKind): string {
  return CLAIM_LABELS[kind];
}
