import { canonicalWord } from './normalize';

/**
 * Countries and nationalities of the world, as everyday English spells them. A question that names one
 * the fact base never mentions ("troops in Lithuania") is about something else, whether or not
 * the user wrote it with a capital. General geography only: no entry is here for one question.
 */
const PLACE_WORDS: readonly string[] = [
  'afghanistan', 'afghan', 'albania', 'algeria', 'algerian', 'argentina', 'armenia', 'armenian', 'australia',
  'australian', 'austria', 'austrian', 'azerbaijan', 'bahrain', 'bangladesh', 'belarus', 'belgium', 'belgian',
  'bosnia', 'bosnian', 'brazil', 'brazilian', 'britain', 'british', 'bulgaria', 'canada', 'canadian', 'chile',
  'china', 'chinese', 'colombia', 'croatia', 'cuba', 'cyprus', 'czech', 'denmark', 'danish', 'egypt', 'egyptian',
  'england', 'ethiopia', 'finland', 'finnish', 'france', 'french', 'georgia', 'germany', 'german', 'greece',
  'greek', 'hungary', 'hungarian', 'india', 'indian', 'indonesia', 'ireland', 'irish', 'italy', 'italian',
  'japan', 'japanese', 'jordan', 'jordanian', 'kazakhstan', 'kenya', 'korea', 'korean', 'kosovo', 'kuwait',
  'kuwaiti', 'latvia', 'latvian', 'lebanon', 'lebanese', 'libya', 'libyan', 'lithuania', 'lithuanian',
  'luxembourg', 'mali', 'malian', 'mexico', 'mexican', 'moldova', 'morocco', 'moroccan', 'nigeria', 'norway',
  'norwegian', 'oman', 'pakistan', 'pakistani', 'palestine', 'palestinian', 'gaza', 'poland', 'polish',
  'portugal', 'portuguese', 'qatar', 'romania', 'romanian', 'saudi', 'scotland', 'serbia', 'serbian',
  'slovakia', 'slovenia', 'somalia', 'spain', 'spanish', 'sweden', 'swedish', 'switzerland', 'swiss',
  'taiwan', 'tunisia', 'turkey', 'turkish', 'ukraine', 'ukrainian', 'uzbekistan', 'venezuela', 'vietnam',
  'yemen', 'yemeni', 'nigerian', 'sudan', 'sudanese',
];

/** The canonical tokens of PLACE_WORDS. */
export const PLACE_TOKENS: ReadonlySet<string> = new Set(PLACE_WORDS.map(canonicalWord));
