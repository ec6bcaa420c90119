import { canonicalWord, synonymSpellings } from './normalize';

/**
 * Everyday English words that are too common to say what a question is about ("made", "day",
 * "whole", "often"), but not so empty that they are stop words. A fact base rarely contains them,
 * so by rarity alone they would weigh like a proper name; they count for a small share instead.
 * The list is ordinary high-frequency vocabulary, not words of any one fact or question.
 */
const EVERYDAY_WORDS: readonly string[] = [
  // verbs
  'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken', 'taking', 'come', 'comes', 'came', 'coming',
  'see', 'sees', 'saw', 'seen', 'look', 'looks', 'looked', 'looking', 'think', 'thinks', 'thought', 'use', 'used',
  'uses', 'using', 'find', 'finds', 'found', 'keep', 'keeps', 'kept', 'put', 'puts', 'seem', 'seems', 'seemed',
  'feel', 'feels', 'felt', 'try', 'tries', 'tried', 'trying', 'turn', 'turns', 'turned', 'need', 'needs', 'needed',
  'mean', 'means', 'meant', 'become', 'becomes', 'became', 'happen', 'happens', 'happened', 'happening', 'call',
  'called', 'bring', 'brings', 'brought', 'talk', 'talks', 'talked', 'talking', 'understand', 'remember',
  'believe', 'guess', 'suppose', 'hear', 'heard', 'care', 'matter', 'matters', 'set', 'stay', 'stays', 'stayed',
  'drive', 'drives', 'driving', 'driven', 'figure', 'figured',
  // adjectives and determiners
  'new', 'good', 'bad', 'great', 'small', 'smaller', 'little', 'high', 'low', 'own', 'whole', 'full', 'real',
  'right', 'sure', 'current', 'late', 'later', 'latest', 'early', 'earlier', 'same', 'different', 'important',
  'possible', 'likely', 'true', 'clear', 'simple', 'hard', 'easy', 'entire', 'best', 'better', 'worse', 'worst',
  'next', 'second', 'general', 'specific', 'particular', 'various', 'several', 'many', 'much', 'most', 'less',
  'few', 'enough', 'certain', 'main', 'major', 'overall',
  // adverbs
  'quite', 'rather', 'pretty', 'definitely', 'explicitly', 'primarily', 'mainly', 'mostly', 'especially',
  'simply', 'only', 'often', 'usually', 'always', 'sometimes', 'already', 'soon', 'once', 'twice', 'ago',
  'else', 'either', 'neither', 'instead', 'anyway', 'anyhow', 'maybe', 'perhaps', 'somehow', 'exactly',
  'officially', 'directly', 'clearly', 'apparently', 'supposedly', 'seriously', 'honestly', 'totally',
  // nouns and prepositions that frame rather than name a subject
  'day', 'days', 'time', 'times', 'week', 'weeks', 'part', 'parts', 'place', 'case', 'point', 'fact', 'side',
  'type', 'types', 'stuff', 'guy', 'rest', 'bunch', 'deal', 'idea', 'through', 'across', 'around', 'among',
  'within', 'without', 'toward', 'towards', 'along', 'near', 'away', 'during', 'after', 'before', 'beyond',
];

const canonicalSynonyms = new Set(synonymSpellings().values());

/** Canonical tokens of the everyday words; a word that belongs to a synonym group keeps its group's weight. */
export const EVERYDAY_TOKENS: ReadonlySet<string> = new Set(
  EVERYDAY_WORDS.filter((word) => !synonymSpellings().has(word))
    .map(canonicalWord)
    .filter((token) => !canonicalSynonyms.has(token)),
);
