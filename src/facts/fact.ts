import { z } from 'zod';
import { FactDateSchema } from './fact-date';

/** Limits chosen so one answer fits one Discord embed description and one Slack section. */
export const FACT_LIMITS = Object.freeze({
  idPattern: /^[a-z0-9-]{2,40}$/,
  titleMax: 100,
  answerMax: 1500,
  questionsMax: 60,
  questionMax: 200,
  keywordsMax: 30,
  keywordMax: 60,
  tagsMax: 10,
  quoteMax: 2000,
  unsaidMax: 12,
  unsaidNoteMax: 200,
});

export const SOURCE_TITLE = 'The Dutch send troops to Iraq to counter unpredictable militias';
/** The id of the article in knowledge/sources/, which every curated fact so far cites. */
export const ARTICLE_SOURCE_ID = 'dutch-troops-iraq';

/**
 * What a YAML 1.2 file cannot carry as written (C0 controls other than tab and line breaks,
 * DEL, C1 controls, the non-characters U+FFFE/U+FFFF) or at all (lone surrogates, half an
 * emoji). Refused at input, so every fact can be exported and read back exactly.
 */
const UNWRITABLE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Surrogate}/u;
const UNWRITABLE_MESSAGE = 'must not contain control characters or broken emoji (lone surrogates)';

/** Trimmed text that any YAML file and any platform can carry. */
const text = () => z.string().trim().refine((value) => !UNWRITABLE_CHARACTERS.test(value), UNWRITABLE_MESSAGE);


/**
 * What kind of claim a fact states, so a reader can weigh it: the source's own reporting, an
 * official statement or document it reports, a claim it attributes to someone, the author's
 * view or analysis, or an inference the curators drew (e.g. the year of "the 1st of January").
 */
export const CLAIM_KINDS = ['reporting', 'official-statement', 'attributed-claim', 'author-view', 'curator-inference'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date');

export const FactIdSchema = z
  .string()
  .regex(FACT_LIMITS.idPattern, 'must be 2 to 40 characters of a-z, 0-9 and "-"');

export const SourceIdSchema = z.string().trim().regex(/^[a-z0-9-]{2,60}$/, 'must be 2 to 60 characters of a-z, 0-9 and "-"');

/**
 * Older facts (and old revisions in a store) name the source by title only; curated facts
 * cite it by id, which knowledge validation and the moderator commands require.
 */
const FactSourceSchema = z.object({
  id: SourceIdSchema.optional(),
  title: text().min(1, 'is required').optional(),
  /** The exact sentence(s) of the source the fact rests on, verbatim. */
  quotes: z.array(text().min(1).max(FACT_LIMITS.quoteMax)).min(1, 'needs at least one verbatim quote'),
});

const TitleSchema = text().min(1, 'is required').max(FACT_LIMITS.titleMax, `must be at most ${FACT_LIMITS.titleMax} characters`);
const AnswerSchema = text().min(1, 'is required').max(FACT_LIMITS.answerMax, `must be at most ${FACT_LIMITS.answerMax} characters`);
const QuestionsSchema = z
  .array(text().min(1).max(FACT_LIMITS.questionMax))
  .max(FACT_LIMITS.questionsMax, `must have at most ${FACT_LIMITS.questionsMax} alternate questions`)
  .default([]);

/**
 * The fact in Dutch: a faithful rendering of the English title and answer (same claims, hedges
 * and dates) and the ways Dutch speakers ask for it. Quotes stay in the source's language.
 */
const DutchTextSchema = z.object({ title: TitleSchema, answer: AnswerSchema, questions: QuestionsSchema }).strict();

const UnsaidNoteSchema = text().min(1, 'is required').max(FACT_LIMITS.unsaidNoteMax, `must be at most ${FACT_LIMITS.unsaidNoteMax} characters`);
const UnsaidQuestionsSchema = z
  .array(text().min(1).max(FACT_LIMITS.questionMax))
  .min(1, 'needs at least one question')
  .max(FACT_LIMITS.questionsMax, `must have at most ${FACT_LIMITS.questionsMax} questions`);

/**
 * Something readers ask about the fact's subject that the source does not say ("which American
 * university?" when it says only "an American university"): the ways people ask it, and a note
 * saying plainly what is not known. A question that echoes one of these is declined with the note
 * and the fact as related, instead of being answered with the fact.
 */
const UnsaidSchema = z
  .object({
    note: UnsaidNoteSchema,
    questions: UnsaidQuestionsSchema,
    nl: z.object({ note: UnsaidNoteSchema, questions: UnsaidQuestionsSchema }).strict().optional(),
  })
  .strict();
export type Unsaid = z.infer<typeof UnsaidSchema>;
export const FactSchema = z.object({
  id: FactIdSchema,
  title: TitleSchema,
  answer: AnswerSchema,
  questions: QuestionsSchema,
  keywords: z.array(text().min(1).max(FACT_LIMITS.keywordMax)).max(FACT_LIMITS.keywordsMax).default([]),
  topic: z.string().trim().regex(/^[a-z0-9-]{2,40}$/, 'must be a short lower-case slug'),
  tags: z.array(text().min(1).max(40)).max(FACT_LIMITS.tagsMax).default([]),
  /** Required by knowledge validation and the moderator commands; optional only for facts stored before it existed. */
  claim: z.enum(CLAIM_KINDS, { message: `must be one of: ${CLAIM_KINDS.join(', ')}` }).optional(),
  source: FactSourceSchema,
  as_of: isoDate,
  review_by: isoDate.optional(),
  /** When the event the fact tells of happened, for the timeline (see fact-date.ts); absent when it has none. */
  date: FactDateSchema.optional(),
  /** Curator's note on inferences or vagueness in the source (shown with the answer). */
  note: text().min(1).max(500).optional(),
  /**
   * Set when a moderator replaced the answer with a newer one (a later as_of): answers show
   * "Updated <date>; before that: <before>" until `until` or until a moderator clears it.
   */
  supersedes: z
    .object({ updated: isoDate, before: z.string().trim().min(1).max(FACT_LIMITS.answerMax), until: isoDate })
    .strict()
    .optional(),
  /** Optional while moderators add facts in English first; answers then say the Dutch text is missing. */
  nl: DutchTextSchema.optional(),
  /** What readers ask about this fact's subject that the source does not say (see UnsaidSchema). */
  unsaid: z.array(UnsaidSchema).max(FACT_LIMITS.unsaidMax, `must have at most ${FACT_LIMITS.unsaidMax} entries`).optional(),
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
