/** Discord's documented size limits that the adapter trims to, so a long text never fails a reply. */
export const DISCORD_LIMITS = Object.freeze({
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  /** Title, description, field names and values and footer together. */
  embedTotal: 6000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandDescription: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  customId: 100,
  modalTitle: 45,
  inputLabel: 45,
  inputValue: 4000,
  attachmentDescription: 1024,
});

export const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` UTF-16 units (the most conservative way to count) and marks the
 * cut with a visible ellipsis, never splitting a surrogate pair.
 */
export function trimToLimit(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}
