import { canonicalWord } from './normalize';

/**
 * Correctly spelled, frequent English content words. A question that uses one means that word,
 * so it is never "corrected" into a different word the facts happen to hold ("spend" is not a
 * typo of "send", "world" is not a typo of "word"). Unlike everyday words (general-words.ts)
 * they keep their full weight: an unknown one says the question is about something else.
 * General high-frequency vocabulary only, in alphabetical order; no entry is here for one question.
 */
const COMMON_ENGLISH_WORDS: readonly string[] = [
  'able', 'accept', 'account', 'act', 'action', 'active', 'actor', 'add', 'address', 'admit', 'adult', 'affect',
  'age', 'agency', 'agent', 'agree', 'agreement', 'ahead', 'air', 'allow', 'alone', 'animal', 'answer', 'appear',
  'apply', 'approach', 'area', 'argue', 'arm', 'arrive', 'art', 'artist', 'ask', 'attention', 'audience', 'author',
  'available', 'avoid', 'baby', 'back', 'ball', 'bank', 'bar', 'beat', 'beautiful', 'bed', 'behind', 'bill',
  'birth', 'black', 'blood', 'blue', 'board', 'body', 'book', 'born', 'boss', 'box', 'boy', 'brain', 'branch',
  'break', 'brother', 'budget', 'build', 'building', 'burn', 'business', 'buy', 'campaign', 'candidate', 'capital',
  'car', 'card', 'career', 'carry', 'catch', 'center', 'central', 'century', 'chair', 'challenge', 'chance',
  'change', 'character', 'charge', 'check', 'child', 'children', 'choice', 'choose', 'church', 'citizen', 'city',
  'civil', 'class', 'close', 'coach', 'cold', 'collect', 'college', 'color', 'common', 'community', 'compare',
  'computer', 'concern', 'condition', 'conference', 'congress', 'consider', 'contain', 'continue', 'cost',
  'country', 'couple', 'course', 'court', 'cover', 'create', 'crime', 'culture', 'cup', 'customer', 'cut', 'dark',
  'data', 'daughter', 'dead', 'death', 'debate', 'debt', 'decade', 'decide', 'decision', 'deep', 'degree',
  'design', 'detail', 'develop', 'die', 'difference', 'dinner', 'direction', 'director', 'discover', 'discuss',
  'disease', 'doctor', 'dog', 'door', 'draw', 'dream', 'dress', 'drink', 'drop', 'drug', 'earn', 'east', 'eat',
  'economy', 'edge', 'education', 'effect', 'effort', 'election', 'employee', 'energy', 'enjoy', 'enter',
  'environment', 'evening', 'event', 'evidence', 'exist', 'expect', 'experience', 'expert', 'eye', 'face',
  'factor', 'fail', 'fall', 'family', 'famous', 'far', 'farm', 'fast', 'father', 'fear', 'field', 'fight',
  'fighter', 'file', 'fill', 'film', 'final', 'finally', 'fine', 'finger', 'fire', 'firm', 'fish', 'floor', 'fly',
  'follow', 'food', 'foot', 'foreign', 'forget', 'form', 'former', 'forward', 'free', 'friend', 'front', 'fruit',
  'future', 'game', 'garden', 'girl', 'glass', 'goal', 'gold', 'green', 'ground', 'group', 'grow', 'growth',
  'gun', 'hair', 'half', 'hand', 'handle', 'hang', 'happy', 'head', 'health', 'heart', 'heat', 'heavy', 'hire',
  'history', 'hold', 'home', 'hope', 'hospital', 'hot', 'hotel', 'hour', 'house', 'huge', 'human', 'hundred',
  'husband', 'image', 'imagine', 'impact', 'improve', 'include', 'income', 'increase', 'industry', 'inside',
  'interest', 'interview', 'investment', 'issue', 'item', 'join', 'judge', 'jump', 'key', 'kid', 'kitchen',
  'land', 'language', 'large', 'last', 'laugh', 'law', 'lawyer', 'lay', 'lead', 'leader', 'learn', 'least',
  'legal', 'letter', 'level', 'lie', 'life', 'light', 'line', 'link', 'list', 'listen', 'live', 'local', 'long',
  'lose', 'loss', 'love', 'machine', 'magazine', 'maintain', 'manage', 'manager', 'market', 'marry', 'material',
  'measure', 'media', 'medical', 'meet', 'meeting', 'member', 'memory', 'mention', 'message', 'method', 'middle',
  'mind', 'minute', 'miss', 'model', 'modern', 'moment', 'month', 'morning', 'mother', 'mountain',
  'mouth', 'move', 'movie', 'music', 'name', 'nation', 'natural', 'nature', 'near', 'nearly', 'network', 'news',
  'newspaper', 'night', 'north', 'note', 'notice', 'occur', 'offer', 'office', 'officer', 'official', 'oil',
  'old', 'open', 'order', 'organization', 'owner', 'page', 'pain', 'paint', 'paper', 'parent', 'partner',
  'party', 'pass', 'past', 'patient', 'pattern', 'pay', 'peace', 'perform', 'period', 'phone', 'physical',
  'pick', 'picture', 'plan', 'plant', 'play', 'player', 'police', 'policy', 'poor', 'popular', 'population',
  'position', 'positive', 'pound', 'power', 'practice', 'prepare', 'present', 'press', 'pressure', 'price',
  'private', 'problem', 'process', 'produce', 'product', 'profession', 'professor', 'profit', 'project',
  'property', 'prove', 'provide', 'public', 'pull', 'push', 'quality', 'race', 'radio', 'raise', 'range', 'rate',
  'reach', 'read', 'ready', 'receive', 'record', 'red', 'reduce', 'region', 'relate', 'religion', 'remain',
  'rent', 'repeat', 'reply', 'represent', 'require', 'resource', 'respond', 'result', 'return', 'reveal', 'rich',
  'ride', 'rise', 'road', 'rock', 'room', 'rule', 'run', 'safe', 'salary', 'sale', 'save', 'scene', 'school',
  'science', 'score', 'season', 'seat', 'seek', 'sell', 'senior', 'sense', 'series', 'serve', 'service', 'share',
  'shoot', 'shop', 'short', 'shoulder', 'sign', 'sing', 'sister', 'sit', 'site', 'situation', 'skill', 'skin',
  'sleep', 'smile', 'social', 'society', 'son', 'song', 'sound', 'source', 'south', 'space', 'speak', 'special',
  'speech', 'spend', 'sport', 'spring', 'stage', 'stand', 'star', 'statement', 'step', 'stock', 'stop', 'store',
  'street', 'strong', 'structure', 'student', 'study', 'style', 'subject', 'succeed', 'success', 'suffer',
  'suggest', 'summer', 'surface', 'system', 'table', 'tax', 'teacher', 'team', 'technology', 'television',
  'tend', 'term', 'test', 'theory', 'thousand', 'throw', 'tonight', 'tooth', 'top', 'town', 'trade', 'travel',
  'treat', 'treatment', 'tree', 'trial', 'trip', 'trouble', 'truth', 'vote', 'voice', 'wage', 'wait', 'walk',
  'wall', 'warn', 'watch', 'water', 'wealth', 'wear', 'weather', 'weight', 'west', 'white', 'wife', 'win',
  'wind', 'window', 'wish', 'woman', 'women', 'wonder', 'word', 'work', 'worker', 'world', 'worry', 'write',
  'writer', 'wrong', 'yard', 'young', 'youth',
];

/** Canonical tokens of the common words, as the question reader sees them. */
export const COMMON_ENGLISH_TOKENS: ReadonlySet<string> = new Set(COMMON_ENGLISH_WORDS.map(canonicalWord));
