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

import { truncateText } from '../../core/truncate';

export { ELLIPSIS } from '../../core/truncate';

/** Cuts text to at most `max` UTF-16 units between graphemes, marking the cut with an ellipsis. */
export function trimToLimit(text: string, max: number): string {
  return truncateText(text, max);
}
