import type { ClaimKind } from '../facts/fact';
import type { Translation } from '../language/catalogue';
import type { Language } from './languages';

/** The words every adapter puts around an answer's claim status, caveat and unchecked quote. */
export const PROVENANCE_TEXT = Object.freeze({
  claimLabel: 'Claim',
  caveatLabel: 'Caveat',
  quoteNotVerified: 'quote not verified',
});

export const PROVENANCE_TEXT_NL: Translation<typeof PROVENANCE_TEXT> = Object.freeze({
  claimLabel: 'Soort bewering',
  caveatLabel: 'Let op',
  quoteNotVerified: 'citaat niet gecontroleerd',
});

/** How each kind is shown with an answer. */
export const CLAIM_LABELS: Readonly<Record<ClaimKind, string>> = Object.freeze({
  reporting: "the source's own reporting",
  'official-statement': 'an official statement or document, as the source reports it',
  'attributed-claim': 'a claim the source attributes to someone',
  'author-view': "the author's own view or analysis",
  'curator-inference': "the curators' inference from the source",
});

export const CLAIM_LABELS_NL: Readonly<Record<ClaimKind, string>> = Object.freeze({
  reporting: 'eigen verslaggeving van de bron',
  'official-statement': 'een officiële verklaring of een officieel document, zoals de bron het weergeeft',
  'attributed-claim': 'een bewering die de bron aan iemand toeschrijft',
  'author-view': 'de eigen opvatting of analyse van de auteur',
  'curator-inference': 'een afleiding van de samenstellers uit de bron',
});

/** The labels for a reply in the given language (English when the reply names none). */
export function provenanceText(language: Language = 'en'): Translation<typeof PROVENANCE_TEXT> {
  return language === 'nl' ? PROVENANCE_TEXT_NL : PROVENANCE_TEXT;
}

/** "the author's own view or analysis" */
export function claimText(kind: ClaimKind, language: Language = 'en'): string {
  return (language === 'nl' ? CLAIM_LABELS_NL : CLAIM_LABELS)[kind];
}
