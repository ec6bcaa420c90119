import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { FactIdSchema } from '../../src/facts/fact';

/** Where the eval inputs live, resolved from this file so the scripts work from any folder. */
export const EVAL_PATHS = Object.freeze({
  /** The tuning sets: the matcher may be improved against these. */
  dev: ['./questions.yaml', './questions-2.yaml', './questions-3.yaml'].map((file) => fileURLToPath(new URL(file, import.meta.url))),
  /** Only ever scored. */
  holdout: [fileURLToPath(new URL('./holdout.yaml', import.meta.url))],
  knowledge: fileURLToPath(new URL('../../knowledge', import.meta.url)),
});

export const EvalSetSchema = z
  .object({
    answerable: z
      .array(z.object({ q: z.string().trim().min(1), fact: FactIdSchema }).strict())
      .min(1, 'needs at least one answerable question'),
    off_topic: z.array(z.string().trim().min(1)).min(1, 'needs at least one off-topic question'),
  })
  .strict();

export type EvalSet = z.infer<typeof EvalSetSchema>;
export type AnswerableQuestion = EvalSet['answerable'][number];

export class EvalSetError extends Error {
  override name = 'EvalSetError';
}

export function parseEvalSet(file: string, text: string): EvalSet {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new EvalSetError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = EvalSetSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new EvalSetError(`${file}: not a valid eval set:\n  - ${problems.join('\n  - ')}`);
  }
  return parsed.data;
}

export function loadEvalSet(file: string): EvalSet {
  return parseEvalSet(file, readFileSync(file, 'utf8'));
}

/** Several files scored as one set. */
export function loadEvalSets(files: readonly string[]): EvalSet {
  const sets = files.map(loadEvalSet);
  return { answerable: sets.flatMap((set) => set.answerable), off_topic: sets.flatMap((set) => set.off_topic) };
}

/** Case, accents and punctuation do not make two questions different. */
export function normalizeQuestion(question: string): string {
  return question
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
