/**
 * `npm run fit`: fits the matcher's decision model (src/matching/decision-model.json) on the
 * tuning sets only. The ranker learns from every candidate fact of every tuning question (its
 * features, and whether it is a right answer: never, for a must-decline question); the
 * confidence model (boosted trees, see boosting.ts) learns from each question's best-ranked
 * candidate, which fact that is and what the question asks for; it also learns from the facts'
 * own alternate and unsaid questions, each
 * scored against the facts without it (see curatedQuestions). The thresholds are then chosen on
 * the tuning questions to maximise right
 * answers plus right declines, where each wrong answer costs WRONG_ANSWER_COST of them: a
 * confident wrong answer in a channel is worse than "I don't know". Untouched and final sets are
 * never read.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONFIDENCE_CATEGORIES, CONFIDENCE_INPUTS, confidenceCategories, confidenceIn, confidenceInputs, DECISION_MODEL, featureVector, type DecisionModel, type LogisticModel } from '../../src/matching/decision';
import type { TreeNode } from '../../src/matching/boosted-trees';
import { fitBoostedTrees, type BoostingOptions } from './boosting';
import { decide, factIndexes, rank, scoreCandidates, type ScoredCandidate } from '../../src/matching/fact-matcher';
import { FEATURE_NAMES } from '../../src/matching/features';
import { detectLanguage } from '../../src/language/detect-language';
import type { AnswerKind } from '../../src/matching/answer-kinds';
import { readQuestion } from '../../src/matching/question-reading';
import { KNOWLEDGE_DIR, loadAllEvalSets, type AnswerableQuestion } from './eval-set';
import { loadEvalFacts } from './eval-matcher';
import type { StoredFact } from '../../src/facts/fact';
import type { Language } from '../../src/core/languages';

const MODEL_PATH = fileURLToPath(new URL('../../src/matching/decision-model.json', import.meta.url));
/** Penalty on large weights, in log-loss units per example set: keeps the fit from chasing single questions. */
const REGULARISATION = 1;
const NEWTON_STEPS = 12;
/** One wrong answer is as bad as this many right ones are good. */
const WRONG_ANSWER_COST = 5;
/**
 * A larger lead over the runner-up never lowers the confidence, whatever the other inputs say:
 * free trees learn bumps there from few questions. Leave-one-set-out over 57 tuning sets (README,
 * "Sixteenth session"): the lead held so 5,181 (176 wrong answers), no input held 5,180 (184),
 * the rank and the lead 5,074, all ten inputs with a plain direction 4,961.
 */
const MONOTONE_INPUTS: readonly (-1 | 0 | 1)[] = CONFIDENCE_INPUTS.map((input) => (input === 'rankLead' ? 1 : 0));
/**
 * The confidence model's size and learning pace. Leave-one-set-out over 57 tuning sets (README,
 * "Sixteenth session"): at least 160 questions a leaf 5,180; 40 a leaf 5,157; 80 5,120; 320 5,116;
 * 100 trees learning twice as fast 5,108.
 */
const CONFIDENCE_TREES: BoostingOptions = { trees: 200, leaves: 15, learningRate: 0.05, minLeaf: 160, l2: 1, bins: 64, minCategorySupport: 10, monotone: MONOTONE_INPUTS };

interface Example {
  x: number[];
  y: 0 | 1;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small: one row per feature). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, at) => [...row, b[at]!]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = col + 1; row < n; row += 1) {
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k += 1) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row -= 1) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k += 1) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

/**
 * L2-regularised logistic regression by Newton's method: a few exact steps instead of thousands of
 * small ones. Each example adds to the gradient and Hessian only over its non-zero inputs: most
 * candidates have several of the ranker's yes-or-no features at 0.
 */
function fitLogistic(examples: readonly Example[]): { weights: number[]; bias: number } {
  const size = (examples[0]?.x.length ?? 0) + 1;
  // Each example's non-zero inputs, the bias (always 1, last) among them.
  const sparse = examples.map(({ x, y }) => {
    const at = [...x.keys()].filter((index) => x[index] !== 0);
    return { at: [...at, size - 1], value: [...at.map((index) => x[index]!), 1], y };
  });
  let theta = new Array<number>(size).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step += 1) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (const { at, value, y } of sparse) {
      const p = 1 / (1 + Math.exp(-at.reduce((sum, index, k) => sum + value[k]! * theta[index]!, 0)));
      for (let i = 0; i < at.length; i += 1) {
        gradient[at[i]!]! += (p - y) * value[i]!;
        for (let j = 0; j < at.length; j += 1) hessian[at[i]!]![at[j]!]! += p * (1 - p) * value[i]! * value[j]!;
      }
    }
    // The bias is not regularised.
    for (let i = 0; i < size - 1; i += 1) {
      gradient[i]! += REGULARISATION * theta[i]!;
      hessian[i]![i]! += REGULARISATION;
    }
    const delta = solve(hessian, gradient);
    theta = theta.map((value, at) => value - delta[at]!);
  }
  return { weights: theta.slice(0, -1), bias: theta[size - 1]! };
}

interface Question {
  set: string;
  scored: ScoredCandidate[];
  /** What the question asks for (its question words), an input of the confidence model. */
  asks: AnswerKind | null;
  right?: AnswerableQuestion;
  /** A question of the facts' own (see curatedQuestions): learnt from, never scored. */
  curated?: boolean;
}

/** The eval questions among these: the facts' own questions teach the confidence model only. */
function judgedQuestions<Q extends Question>(questions: readonly Q[]): Q[] {
  return questions.filter((question) => !question.curated);
}

/** What a model does with these questions: counts, the rates the fit reports, and the utility it maximises. */
function outcome(questions: readonly Question[], model: DecisionModel, confidences?: readonly number[]) {
  let right = 0;
  let answered = 0;
  let declined = 0;
  let answerable = 0;
  for (const [at, question] of questions.entries()) {
    const result = decide(question.scored, model, question.asks, confidences?.[at]);
    if (result.status === 'answered') answered += 1;
    if (question.right) {
      answerable += 1;
      if (result.status === 'answered' && question.right.isRight(result.candidates[0]!.fact)) right += 1;
    } else if (result.status === 'no_match') declined += 1;
  }
  const mustDecline = questions.length - answerable;
  const wrong = answered - right;
  const utility = right + declined - WRONG_ANSWER_COST * wrong;
  return { right, wrong, declinedCount: declined, answerable, accuracy: right / answerable, precision: answered === 0 ? 1 : right / answered, declined: declined / (mustDecline || 1), utility };
}

interface Fitted {
  model: DecisionModel;
  accuracy: number;
  precision: number;
  declined: number;
  utility: number;
}

/**
 * The decision model fitted on these questions: the ranker, then the confidence model, then the
 * thresholds. With `thresholds`, only the answer threshold is searched and the others are kept
 * (cross-validation refits every fold, and the full search is most of a fit's time).
 */
function fitDecisionModel(questions: readonly Question[], thresholds?: Pick<DecisionModel, 'offerAt' | 'closeGap'>): Fitted {
  // Step 1, the ranker: every candidate of every eval question is an example.
  const ranker = fitLogistic(
    judgedQuestions(questions).flatMap(({ scored, right }) => scored.map((candidate) => ({ x: featureVector(candidate.features), y: right?.isRight(candidate.fact) ? 1 : 0 }) as Example)),
  );
  const ranked = questions.map((question) => ({ ...question, scored: rank(question.scored, ranker) }));
  // Step 2, the confidence: one example per question, whether its best candidate is right. The
  // facts' own questions teach what the numbers say, not which facts draw near misses: they name
  // no fact.
  const confidence = fitBoostedTrees(
    ranked
      .filter(({ scored }) => scored.length > 0)
      .map(({ scored, right, asks, curated }) => {
        const categories = confidenceCategories(scored, asks);
        return { numeric: confidenceInputs(scored), categorical: curated ? [null, ...categories.slice(1)] : categories, y: right?.isRight(scored[0]!.fact) ? 1 : 0 };
      }),
    CONFIDENCE_INPUTS,
    CONFIDENCE_CATEGORIES,
    CONFIDENCE_TREES,
  );
  const judged = judgedQuestions(ranked);
  const confidences = judged.map(({ scored, asks }) => confidenceIn(scored, { confidence }, asks));

  let best: Fitted | undefined;
  for (let answerAt = 0.3; answerAt <= 0.99; answerAt += 0.01) {
    for (const offerAt of thresholds ? [thresholds.offerAt] : [0.15, 0.2, 0.25, 0.3, 0.35]) {
      for (const closeGap of thresholds ? [thresholds.closeGap] : [0.02, 0.05, 0.1, 0.15]) {
        const model: DecisionModel = { ranker: { features: [...FEATURE_NAMES], ...ranker }, confidence, answerAt, offerAt, closeGap };
        const result = outcome(judged, model, confidences);
        if (!best || result.utility > best.utility) best = { model, ...result };
      }
    }
  }
  if (!best) throw new Error('no tuning questions to fit on');
  return best;
}

/**
 * Leave-one-set-out cross-validation: each tuning set scored by a model fitted on the others, as
 * the untouched sets are scored by one fitted on all (the facts' own questions are learnt from in
 * every fold). What a change to the features or the fit does here is what it may be expected to
 * do on questions nobody tuned on.
 */
function crossValidate(questions: readonly Question[], setNames: readonly string[]): void {
  const total = { right: 0, wrong: 0, declined: 0, answerable: 0, utility: 0 };
  for (const name of setNames) {
    const { model } = fitDecisionModel(
      questions.filter((question) => question.set !== name),
      DECISION_MODEL,
    );
    // The held-out set's candidates in the order this fold's ranker puts them.
    const heldOut = questions.filter((question) => question.set === name).map((question) => ({ ...question, scored: rank(question.scored, model.ranker) }));
    const { right, wrong, declinedCount, answerable, utility } = outcome(heldOut, model);
    total.right += right;
    total.wrong += wrong;
    total.declined += declinedCount;
    total.answerable += answerable;
    total.utility += utility;
  }
  process.stdout.write(
    `leave-one-set-out over ${setNames.length} tuning sets: utility ${total.utility} ` +
      `(${total.right} of ${total.answerable} answerable questions answered right, ${total.wrong} wrong answers, ${total.declined} must-decline questions declined)\n`,
  );
}

/**
 * The facts' questions are split into this many folds, each scored against the facts without it:
 * the more folds, the more of its fellow phrasings a question keeps, as a user's question does
 * (cross-validated over 45 tuning sets: 5 folds 3,644, 10 folds 3,658).
 */
const CURATED_FOLDS = 10;

/**
 * The facts' own alternate and unsaid questions as more examples to learn from: each scored, as a
 * new question would be, against the facts without it and the others of its fold. An alternate
 * question is answered by its fact; an unsaid question is to be declined.
 */
function curatedQuestions(facts: readonly StoredFact[]): Question[] {
  const questions: Question[] = [];
  for (let fold = 0; fold < CURATED_FOLDS; fold += 1) {
    const heldOut: Array<{ q: string; language: Language; id?: string }> = [];
    const keep = (list: readonly string[], language: Language, id?: string) =>
      list.filter((q, at) => {
        if (at % CURATED_FOLDS !== fold) return true;
        heldOut.push({ q, language, id });
        return false;
      });
    const trimmed = facts.map((fact) => ({
      ...fact,
      questions: keep(fact.questions, 'en', fact.id),
      nl: fact.nl && { ...fact.nl, questions: keep(fact.nl.questions, 'nl', fact.id) },
      unsaid: fact.unsaid?.map((entry) => ({ ...entry, questions: keep(entry.questions, 'en'), nl: entry.nl && { ...entry.nl, questions: keep(entry.nl.questions, 'nl') } })),
    }));
    const indexes = factIndexes(trimmed);
    for (const { q, language, id } of heldOut) {
      const right = id === undefined ? undefined : { q, expected: id, isRight: (fact: { id: string }) => fact.id === id };
      questions.push({ set: `curated-${fold}`, scored: scoreCandidates(indexes[language], q), asks: readQuestion(q, language).asks, right, curated: true });
    }
  }
  return questions;
}

function main(): void {
  const facts = loadEvalFacts(KNOWLEDGE_DIR);
  const indexes = factIndexes(facts);
  const tuning = loadAllEvalSets().filter((set) => set.role === 'tuning');
  const questions: Question[] = tuning.flatMap((set) =>
    [...set.answerable.map((right) => ({ q: right.q, right })), ...set.decline.map(({ q }) => ({ q, right: undefined }))]
      // Each question in the language the bot would read it in, as `npm run eval` scores it.
      .map(({ q, right }) => {
        const language = detectLanguage(q);
        return { set: set.name, scored: scoreCandidates(indexes[language], q), asks: readQuestion(q, language).asks, right };
      }),
  );
  questions.push(...curatedQuestions(facts));
  if (process.argv.includes('--cross-validate')) {
    crossValidate(
      questions,
      tuning.map((set) => set.name),
    );
    return;
  }

  const best = fitDecisionModel(questions);
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const rounded = (model: LogisticModel) => ({ ...model, weights: model.weights.map(round), bias: round(model.bias) });
  const roundedNode = (node: TreeNode): TreeNode => (typeof node === 'number' ? round(node) : node.length === 4 ? [node[0], round(node[1]), node[2], node[3]] : node);
  const confidence = { ...best.model.confidence, base: round(best.model.confidence.base), trees: best.model.confidence.trees.map((tree) => tree.map(roundedNode)) };
  const model = { ...best.model, ranker: rounded(best.model.ranker), confidence, answerAt: round(best.model.answerAt) };
  // One tree per line: the file stays reviewable as a diff.
  const json = JSON.stringify({ ...model, confidence: { ...confidence, trees: [] } }, null, 2).replace('"trees": []', `"trees": [\n${confidence.trees.map((tree) => `      ${JSON.stringify(tree)}`).join(',\n')}\n    ]`);
  writeFileSync(MODEL_PATH, `${json}\n`);
  const describe = (names: readonly string[], fitted: LogisticModel) => `${names.map((name, at) => `${name} ${round(fitted.weights[at]!)}`).join(', ')}, bias ${round(fitted.bias)}`;
  process.stdout.write(
    `fitted on ${judgedQuestions(questions).length} tuning questions (${tuning.map((set) => set.name).join(', ')}) and ${questions.length - judgedQuestions(questions).length} of the facts' own\n` +
      `ranker: ${describe(FEATURE_NAMES, model.ranker)}\n` +
      `confidence: ${confidence.trees.length} trees of at most ${CONFIDENCE_TREES.leaves} leaves over ${[...CONFIDENCE_INPUTS, ...CONFIDENCE_CATEGORIES].join(', ')}\n` +
      `thresholds: answer at ${model.answerAt}, offer at ${model.offerAt}, close within ${model.closeGap}\n` +
      `on the tuning sets: accuracy ${(100 * best.accuracy).toFixed(1)}%, precision ${(100 * best.precision).toFixed(1)}%, must-decline declined ${(100 * best.declined).toFixed(1)}%\n` +
      `wrote ${MODEL_PATH}\n`,
  );
}

main();
