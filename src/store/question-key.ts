/**
 * The grouping key of an unanswered question: "How many soldiers?" and "how many  soldiers"
 * count as the same gap. Case, accents' composed forms, punctuation and spacing do not matter.
 */
export function questionKey(question: string): string {
  const key = question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key === '' ? question.trim().toLowerCase() : key;
}

/** Long pastes are cut so one question cannot bloat the gaps table. */
export const UNANSWERED_QUESTION_MAX = 500;
