import { z } from 'zod';

/** Limits chosen so one answer fits one Discord embed description and one Slack section. */
export const FACT_LIMITS = Object.freeze({
  idPattern: /^[a-z0-9-]{2,40}$/,
  titleMax: 100,
  answerMax: 1500,
  questionsMax: 20,
  questionMax: 200,
  keywordsMax: 30,
  keywordMax: 60,
  tagsMax: 10,
  quoteMax: 2000,
});

export const SOURCE_TITLE = 'The Dutch send troops to Iraq to counter unpredictable militias';

/**
 * What a YAML 1.2 file cannot carry as written (C0 controls other than tab and line breaks,
 * DEL, C1 controls, the non-characters U+FFFE/U+FFFF) or at all (lone surrogates, half an
 * emoji). Refused at input, so every fact can be exported and read back exactly.
 */
export const UNWRITABLE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Surrogate}/u;
export const UNWRITABLE_MESSAGE = 'must not contain control characters or broken emoji (lone surrogates)';

/** Trimmed text that any YAML file and any platform can carry. */
const text = () => z.string().trim().refine((value) => !UNWRITABLE_CHARACTERS.test(value), UNWRITABLE_MESSAGE);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');

export const FactIdSchema = z
  .string()
  .regex(FACT_LIMITS.idPattern, 'must be 2 to 40 characters of a-z, 0-9 and "-"');

const FactSourceSchema = z.object({
  title: text().min(1, 'is required'),
  /** The exact sentence(s) of the source the fact rests on, verbatim. */
  quotes: z.array(text().min(1).max(FACT_LIMITS.quoteMax)).min(1, 'needs at least one verbatim quote'),
});

export const FactSchema = z.object({
  id: FactIdSchema,
  title: text().min(1, 'is required').max(FACT_LIMITS.titleMax, `must be at most ${FACT_LIMITS.titleMax} characters`),
  answer: text().min(1, 'is required').max(FACT_LIMITS.answerMax, `must be at most ${FACT_LIMITS.answerMax} characters`),
  questions: z
    .array(text().min(1).max(FACT_LIMITS.questionMax))
    .max(FACT_LIMITS.questionsMax, `must have at most ${FACT_LIMITS.questionsMax} alternate questions`)
    .default([]),
  keywords: z.array(text().min(1).max(FACT_LIMITS.keywordMax)).max(FACT_LIMITS.keywordsMax).default([]),
  topic: z.string().trim().regex(/^[a-z0-9-]{2,40}$/, 'must be a short lower-case slug'),
  tags: z.array(text().min(1).max(40)).max(FACT_LIMITS.tagsMax).default([]),
  source: FactSourceSchema,
  as_of: isoDate,
  review_by: isoDate.optional(),
  /** Curator's note on inferences or vagueness in the source (shown with the answer). */
  note: text().min(1).max(500).optional(),
}).strict();

export type Fact = z.infer<typeof FactSchema>;
export type FactInput = z.input<typeof FactSchema>;

/** A fact as the store holds it: the curated content plus its bookkeeping. */
export interface StoredFact extends Fact {
  revision: number;
  retired: boolean;
  /** ISO timestamp of the latest revision. */
  updatedAt: string;
  /** Display name of the latest revision's author ("knowledge" for an import). */
  updatedBy: string;
  /** True when the latest revision came from a moderator rather than from knowledge/. */
  updatedByModerator: boolean;
}
