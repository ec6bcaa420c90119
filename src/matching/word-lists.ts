/**
 * The matcher's only hand-written word lists, all in this one module: words that carry no
 * meaning in a question, chat spellings, British spellings, small numbers written out, and
 * groups of words a reader of this fact base treats as one idea (the deployment's own words:
 * soldiers, advisers, militias, kidnapping...). Nothing here is keyed to one question; each list
 * is kept only while removing it lowers an untouched eval score (see README, "How it decides").
 */

/** Words dropped from questions and facts alike. Question words are read separately, for the kind of answer they ask for. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'who', 'whom', 'when', 'where', 'why', 'many', 'much', 'not', 'no', 'never', 'us',
  'a', 'an', 'the', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into',
  'onto', 'about', 'as', 'and', 'or', 'but', 'if', 'so', 'than', 'then', 'that', 'this', 'these', 'those',
  'there', 'here', 'it', 'its', 'itself', 'themselves', 'himself', 'herself', 'ourselves', 'yourself', 'yourselves', 'i', 'me', 'my', 'mine', 'myself', 'you', 'your', 'yours', 'we',
  'our', 'ours', 'they', 'them', 'their', 'theirs', 'he', 'him', 'his', 'she', 'her', 'hers', 'what', 'which',
  'whose', 'how', 'can', 'could', 'would', 'should', 'will', 'shall', 'may', 'might', 'must', 'just',
  'also', 'too', 'very', 'really', 'actually', 'please', 'pls', 'plz', 'tell', 'know', 'explain', 'describe',
  'say', 'says', 'said', 'saying', 'any', 'some', 'all', 'anything', 'something', 'thing', 'things', 'get',
  'got', 'gets', 'gotten', 'getting', 'let', 'lets', 'give', 'show', 'want', 'like', 'yes', 'ok', 'okay', 'thanks', 'thank',
  'thx', 'lol', 'hey', 'um', 'uh', 'well', 'now', 'exactly', 'kind', 'sort', 'bit', 'lot', 'lots', 'article',
  'story', 'text', 'piece', 'report', 'reported', 'according', 'mention', 'mentioned', 'mentions', 'wonder',
  'wondering', 'curious', 'question', 'way', 'ever', 'yet', 'still', 'again', 'one', 'ones', 'other',
  'others', 'another', 'such', 'both', 'each', 'every', 'over', 'out', 'up', 'down', 'off', 'via', 'per',
  'whether', 'while', 'whilst', 'because', 'since', 'though', 'although', 'yo', 'hmm', 'pray', 'kindly',
  'hello', 'hi', 'hiya', 'howdy', 'greetings', 'bro', 'dude', 'mate', 'guys', 'folks', 'buddy', 'pal', 'sir', 'madam',
  'basically', 'recently', 'currently', 'nowadays', 'lately', 'literally', 'certainly', 'probably', 'generally',
  'bot', 'anyone', 'somebody', 'someone', 'quick', 'quickly', 'briefly', 'exact', 'even',
]);

/** Before these a lower-case "us" is the pronoun ("tell us"); anywhere else in a question about this article it is the country. */
export const PRONOUN_US_AFTER: ReadonlySet<string> = new Set([
  'tell', 'give', 'show', 'let', 'help', 'to', 'for', 'with', 'of', 'among', 'about', 'between', 'told', 'gave', 'lets',
]);

/** British spellings mapped to the American ones, so both sides of a match agree. */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = Object.freeze({
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses', licence: 'license',
  armour: 'armor', armoured: 'armored', honour: 'honor', labour: 'labor', neighbour: 'neighbor',
  neighbours: 'neighbors', neighbouring: 'neighboring', favour: 'favor', behaviour: 'behavior',
  centre: 'center', programme: 'program', theatre: 'theater', organise: 'organize', organised: 'organized',
  recognise: 'recognize', recognised: 'recognized', realise: 'realize', realised: 'realized',
  stabilise: 'stabilize', stabilised: 'stabilized', mobilise: 'mobilize', criticise: 'criticize',
  travelling: 'traveling', travelled: 'traveled', counselling: 'counseling', jewellery: 'jewelry',
  apologise: 'apologize', analyse: 'analyze', emphasised: 'emphasized', emphasise: 'emphasize',
});

/** Small numbers written out, so "twelve officers" and "12 officers" agree ("one" is left alone: it is mostly a pronoun). */
export const NUMBER_WORDS: Readonly<Record<string, string>> = Object.freeze({
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', dozen: '12',
});

/** Chat spellings and common misspellings of short words, mapped to the word meant. */
export const CHAT_SPEAK: Readonly<Record<string, string>> = Object.freeze({
  r: 'are', u: 'you', ur: 'your', y: 'why', ya: 'you', yr: 'your', n: 'and', b4: 'before', wen: 'when',
  wn: 'when', whn: 'when', wat: 'what', wut: 'what', wht: 'what', wot: 'what', whats: 'what', wheres: 'where',
  whens: 'when', whos: 'who', hw: 'how', hows: 'how', ppl: 'people', peeps: 'people', abt: 'about',
  bout: 'about', cuz: 'because', coz: 'because', cos: 'because', bc: 'because', tho: 'though', thru: 'through',
  govt: 'government', gov: 'government', govts: 'government', gvt: 'government', dept: 'department',
  intl: 'international', mil: 'military', pls: 'please', plz: 'please', im: 'i', ive: 'i', dont: 'not',
  doesnt: 'not', didnt: 'not', isnt: 'not', arent: 'not', wasnt: 'not', werent: 'not', wont: 'not',
  cant: 'not', cannot: 'not', aint: 'not', no: 'not', never: 'not', nope: 'not', hq: 'headquarters',
  wk: 'week', yr2: 'year', yrs: 'year', mins: 'minister', min: 'minister', thx: 'thanks', k: 'ok', ty: 'thanks',
});

/**
 * Groups of words a reader treats as one idea. Each list's first entry is the canonical token.
 * Multi-word entries ("how many") are matched as phrases before single words.
 */
export const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = Object.freeze([
  ['soldier', 'soldiers', 'troop', 'troops', 'men', 'military personnel', 'servicemen', 'servicemembers', 'forces', 'force', 'personnel', 'boots on the ground', 'infantry', 'infantrymen', 'marines', 'military', 'militaries', 'army', 'armies', 'armed forces'],
  ['netherlands', 'dutch', 'holland', 'nl', 'nederland', 'the hague', 'hague'],
  ['america', 'american', 'americans', 'usa', 'u s a', 'u s', 'united states', 'yanks', 'yankees', 'washington', 'us government'],
  ['iraq', 'iraqi', 'iraqis'],
  ['iran', 'iranian', 'iranians', 'persia', 'persian'],
  ['israel', 'israeli', 'israelis'],
  ['kurdistan', 'kurdish', 'kurds', 'kurd', 'krg'],
  ['syria', 'syrian', 'syrians'],
  ['europe', 'european', 'europeans', 'eu'],
  ['russia', 'russian', 'russians'],
  ['estonia', 'estonian', 'estonians'],
  ['isis', 'isil', 'daesh', 'islamic state'],
  ['count', 'number', 'numbers', 'amount', 'total', 'tally', 'quantity', 'headcount', 'strength', 'size', 'sized', 'big', 'large'],
  ['start', 'begin', 'begins', 'began', 'beginning', 'commence', 'commences', 'kick off', 'kicks off', 'launch', 'starting', 'starts', 'started', 'get going'],
  ['end', 'ends', 'ending', 'finish', 'finishes', 'conclude', 'expire', 'expires', 'until', 'lasts', 'duration'],
  ['date', 'dates', 'timing', 'timeline'],
  ['location', 'located', 'whereabouts'],
  ['reason', 'reasons', 'purpose', 'motive', 'motivation', 'rationale', 'cause'],
  ['deploy', 'deploys', 'deployed', 'deploying', 'deployment', 'deployments', 'send', 'sends', 'sending', 'sent', 'dispatch', 'dispatched', 'dispatching', 'station', 'stationed'],
  ['protect', 'protects', 'protected', 'protecting', 'protection', 'guard', 'guards', 'guarding', 'defend', 'defending', 'safeguard', 'secure', 'securing', 'security detail', 'escort', 'bodyguard', 'bodyguards'],
  ['adviser', 'advisers', 'advisor', 'advisors', 'advisory', 'advise', 'advising', 'mentor', 'mentors', 'consultant', 'consultants'],
  ['train', 'trains', 'training', 'trained', 'trainer', 'trainers', 'instruct', 'instructor', 'instructors', 'teach', 'teaching', 'drill'],
  ['militia', 'militias', 'militiamen', 'paramilitary', 'paramilitaries', 'armed group', 'armed groups'],
  ['kidnap', 'kidnaps', 'kidnapped', 'kidnapping', 'kidnapper', 'kidnappers', 'abduct', 'abducted', 'abduction', 'hostage', 'captive', 'taken captive', 'held captive', 'snatched'],
  ['kill', 'killed', 'killing', 'assassinate', 'assassinated', 'assassination', 'murder', 'murdered', 'slain'],
  ['attack', 'attacks', 'attacked', 'attacking', 'strike', 'strikes', 'assault', 'raid', 'raids', 'shelling', 'target', 'targeted', 'targeting'],
  ['withdraw', 'withdrawal', 'withdrawals', 'withdrew', 'withdrawn', 'pull out', 'pulled out', 'pullout', 'leave', 'leaving', 'left', 'depart', 'departure', 'exit', 'pull', 'pulled', 'pulling', 'pull back', 'go home', 'going home', 'gone home', 'went home', 'return home', 'returned home', 'came home'],
  ['expel', 'expulsion', 'kick out', 'kicked out', 'throw out', 'oust', 'eject', 'remove', 'removed', 'removal'],
  ['money', 'cash', 'funds', 'fund', 'finances', 'financial'],
  ['dollar', 'dollars', 'usd', 'greenback', 'greenbacks'],
  ['prime minister', 'pm', 'premier'],
  ['president', 'presidents'],
  ['parliament', 'parliamentary', 'lawmakers', 'legislature', 'mps', 'house of representatives'],
  ['minister', 'ministers', 'ministry', 'ministries', 'cabinet'],
  ['letter', 'letters', 'memo', 'briefing', 'parliamentary letter'],
  ['government', 'governments', 'governing', 'administration', 'authorities', 'authority', 'regime'],
  ['base', 'bases', 'camp', 'camps', 'outpost', 'garrison'],
  ['airport', 'airports', 'airfield', 'air base', 'airbase'],
  ['rocket', 'rockets', 'missile', 'missiles', 'drone strike'],
  ['oppose', 'opposes', 'opposed', 'opposing', 'opposition', 'resist', 'resistance', 'hostile', 'hostility', 'object', 'objection'],
  ['influence', 'influences', 'influenced', 'sway', 'control', 'controls', 'controlled', 'leverage', 'grip'],
  ['threat', 'threats', 'threaten', 'threatens', 'threatened', 'threatening', 'danger', 'dangerous', 'risk', 'risks', 'menace'],
  ['occupy', 'occupied', 'occupation', 'occupies', 'captured', 'conquer', 'conquered', 'seize territory'],
  ['spy', 'spying', 'spies', 'espionage'],
  ['researcher', 'researchers', 'research', 'academic', 'scholar', 'scientist'],
  ['gas', 'natural gas'],
  ['electricity', 'power generation', 'power plants', 'energy'],
  ['company', 'companies', 'unit', 'units', 'contingent', 'battalion'],
  ['mission', 'missions', 'operation', 'operations', 'task force'],
  ['task', 'tasks', 'tasked', 'job', 'jobs', 'role', 'roles', 'duty', 'duties', 'assignment'],
  ['terrorist', 'terrorists', 'terror', 'terrorism', 'jihadist', 'jihadists', 'extremist', 'extremists'],
  ['bomb', 'bombs', 'bombing', 'bombings', 'explosion', 'explosions', 'blast'],
  ['people', 'persons', 'person', 'individuals', 'staff', 'staffers'],
  ['benefit', 'benefits', 'beneficial', 'useful', 'usefulness', 'advantage', 'advantages', 'valuable', 'worthwhile', 'gain', 'gains'],
  ['help', 'helps', 'helped', 'assist', 'assistance', 'assisting', 'support', 'supports', 'supported', 'aid'],
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['june', 'jun'], ['july', 'jul'],
  ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
]);

/*
 * Dutch. The stop words start from the `stopword` package's Dutch list (see normalize.ts);
 * these are the question and chat words it lacks. Like the English lists, nothing is keyed to
 * one question.
 */
export const DUTCH_EXTRA_STOP_WORDS: ReadonlySet<string> = new Set([
  'hoeveel', 'waarom', 'wanneer', 'waar', 'welke', 'welk', 'hoezo', 'waarvoor', 'waarmee', 'wiens', 'nou', 'eigenlijk', 'even', 'graag',
  'vertel', 'vertellen', 'weet', 'weten', 'iemand', 'jullie', 'zo', 'echt', 'nog', 'al', 'alweer', 'weer', 'gewoon', 'precies',
  'artikel', 'stuk', 'verhaal', 'tekst', 'volgens', 'staat', 'hallo', 'hoi', 'hey', 'hee', 'bedankt', 'dank', 'dankje', 'thanks',
  'ok', 'oke', 'oké', 'ja', 'nee', 'bot', 'vraag', 'vraagje', 'zeg', 'zeggen', 'gezegd', 'zegt', 'eens', 'nu', 'tegenwoordig',
  'een', 'het', 'de', 'er', 'wel', 'dan', 'toch', 'maar', 'gaan', 'gaat', 'ging', 'gingen', 'gegaan', 'kunnen', 'kun', 'kan',
  'hebben', 'heb', 'hebt', 'heeft', 'had', 'hadden', 'zijn', 'ben', 'bent', 'is', 'was', 'waren', 'geweest', 'wordt', 'worden', 'werd', 'werden',
  'doen', 'doet', 'deed', 'deden', 'gedaan', 'hun', 'hen', 'haar', 'zich', 'mij', 'jij', 'jou', 'jouw', 'u', 'uw', 'ons', 'onze',
]);

/** Dutch chat spellings and dialect endings ("hebbe", "gedient" are left to the spelling corrector). */
export const DUTCH_CHAT_SPEAK: Readonly<Record<string, string>> = Object.freeze({
  wrm: 'waarom', wrom: 'waarom', wnnr: 'wanneer', wnr: 'wanneer', wnneer: 'wanneer', hvl: 'hoeveel', hoevel: 'hoeveel',
  ff: 'even', mss: 'misschien', ws: 'waarschijnlijk', idd: 'inderdaad', iig: 'in', sws: 'sowieso', nie: 'niet', nt: 'niet',
  kweet: 'weet', tis: 'het', das: 'dat', ist: 'is', wa: 'wat', wt: 'wat', vd: 'van', vh: 'van', zn: 'zijn',
  min: 'minister', def: 'defensie', bz: 'buitenlandse', hebbe: 'hebben', hebbn: 'hebben', gewees: 'geweest',
});

/** Small numbers written out in Dutch. */
export const DUTCH_NUMBER_WORDS: Readonly<Record<string, string>> = Object.freeze({
  twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9', tien: '10', elf: '11',
  twaalf: '12', dertien: '13', veertien: '14', vijftien: '15', twintig: '20', dertig: '30', veertig: '40', vijftig: '50',
});

/** Dutch groups of words read as one idea (first entry canonical), the counterpart of SYNONYM_GROUPS. */
export const DUTCH_SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = Object.freeze([
  ['soldaat', 'soldaten', 'soldate', 'militair', 'militairen', 'troepen', 'troep', 'manschappen', 'krijgsmacht', 'leger', 'legers', 'strijdkrachten', 'infanterie', 'defensiepersoneel'],
  ['nederland', 'nederlands', 'nederlandse', 'nederlanders', 'nederlander', 'nl', 'holland', 'hollanders', 'den haag'],
  ['amerika', 'amerikaans', 'amerikaanse', 'amerikanen', 'amerikaan', 'vs', 'usa', 'verenigde staten', 'washington', 'yanks'],
  ['irak', 'iraaks', 'iraakse', 'irakezen', 'irakees'],
  ['iran', 'iraans', 'iraanse', 'iraniers', 'teheran'],
  ['israel', 'israelisch', 'israelische', 'israeliers'],
  ['koerdistan', 'koerdisch', 'koerdische', 'koerden', 'koerd'],
  ['syrie', 'syrisch', 'syrische'],
  ['isis', 'isil', 'daesh', 'islamitische staat', 'kalifaat'],
  ['aantal', 'hoeveelheid', 'totaal', 'omvang', 'groot', 'grote', 'sterkte'],
  ['begin', 'beginnen', 'begint', 'begon', 'start', 'starten', 'startdatum', 'aanvang', 'vanaf'],
  ['reden', 'redenen', 'doel', 'motief', 'aanleiding', 'oorzaak'],
  ['sturen', 'stuurt', 'stuurde', 'gestuurd', 'uitzenden', 'uitgezonden', 'inzet', 'inzetten', 'ingezet', 'uitzending', 'missie', 'missies', 'sturen troepen'],
  ['beschermen', 'beschermt', 'beschermd', 'beschermde', 'beschermden', 'bescherming', 'bewaken', 'bewaakt', 'bewaakten', 'beveiligen', 'beveiliging'],
  ['adviseur', 'adviseurs', 'adviserend', 'adviserende', 'advies', 'adviesmissie', 'raadgevers'],
  ['trainen', 'traint', 'training', 'trainingen', 'getraind', 'trainer', 'trainers', 'opleiden', 'opleiding', 'instructeur', 'instructeurs', 'les'],
  ['militie', 'milities', 'militiegroep', 'militiegroepen', 'gewapende groepen'],
  ['ontvoeren', 'ontvoerd', 'ontvoerde', 'ontvoering', 'ontvoerders', 'gekidnapt', 'kidnap', 'ontvoerder', 'gegijzeld', 'gijzeling', 'meegenomen'],
  ['doden', 'gedood', 'vermoord', 'moord', 'liquidatie', 'geliquideerd', 'dood'],
  ['aanval', 'aanvallen', 'aangevallen', 'aanslag', 'aanslagen', 'beschieting', 'beschietingen', 'beschoten', 'doelwit'],
  ['terugtrekken', 'terugtrekking', 'trok', 'teruggetrokken', 'vertrek', 'vertrekken', 'vertrokken', 'vertrok', 'weggaan', 'weg', 'terugkeer', 'teruggekeerd', 'terug', 'thuis'],
  ['verdrijven', 'wegsturen', 'uitzetten', 'eruit', 'verwijderen'],
  ['geld', 'fondsen', 'tegoeden', 'financien', 'financieel', 'financiele'],
  ['dollar', 'dollars', 'dollarreserves', 'dollartekort', 'dollartekorten'],
  ['premier', 'minister-president', 'mp', 'regeringsleider'],
  ['parlement', 'kamer', 'tweede kamer', 'volksvertegenwoordiging', 'kamerleden'],
  ['minister', 'ministers', 'ministerie', 'ministeries', 'kabinet', 'bewindslieden'],
  ['brief', 'kamerbrief', 'brieven'],
  ['regering', 'regeringen', 'overheid', 'autoriteiten', 'bestuur', 'bagdad'],
  ['basis', 'bases', 'legerbasis', 'kamp', 'kampen'],
  ['vliegveld', 'vliegvelden', 'luchthaven', 'luchthavens', 'airport'],
  ['raket', 'raketten', 'drone', 'droneaanval'],
  ['verzet', 'tegenstand', 'weerstand', 'tegenstanders', 'oppositie', 'vijandig'],
  ['invloed', 'controle', 'macht', 'greep', 'zeggenschap'],
  ['dreiging', 'dreigen', 'dreigt', 'dreigde', 'dreigden', 'bedreiging', 'gevaar', 'gevaarlijk', 'dreigement'],
  ['bezetten', 'bezette', 'bezet', 'bezetting', 'veroverd', 'veroverde'],
  ['spion', 'spionage', 'spioneren', 'spionne'],
  ['onderzoeker', 'onderzoekster', 'onderzoek', 'wetenschapper', 'academica'],
  ['compagnie', 'eenheid', 'eenheden', 'infanteriecompagnie', 'bataljon'],
  ['taak', 'taken', 'opdracht', 'rol', 'functie', 'klus'],
  ['terrorist', 'terroristen', 'terreur', 'terrorisme', 'terroristische', 'jihadisten', 'extremisten', 'terreurgroep'],
  ['dienen', 'gediend', 'diende', 'dienden', 'dient', 'uitgezonden geweest'],
  ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['juni', 'jun'], ['juli', 'jul'],
  ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
]);

/** Short words that only one of the two languages writes, for telling a short message's language when the detector cannot. */
export const DUTCH_MARKER_WORDS: ReadonlySet<string> = new Set([
  'de', 'het', 'een', 'van', 'wie', 'wat', 'waarom', 'wanneer', 'waar', 'hoe', 'hoeveel', 'welke', 'zijn', 'heeft', 'hebben', 'er', 'niet',
  'nog', 'ook', 'naar', 'met', 'voor', 'door', 'dat', 'deze', 'dit', 'zei', 'wordt', 'werd', 'gaan', 'gaat', 'ik', 'je', 'jij', 'wij', 'ze',
  'zij', 'hun', 'bij', 'uit', 'tegen', 'nederland', 'nederlandse', 'nederlanders', 'irak', 'iraakse', 'wrm', 'hoezo', 'welk', 'waren', 'zou',
]);

export const ENGLISH_MARKER_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'of', 'who', 'what', 'why', 'when', 'where', 'how', 'which', 'does', 'did', 'do', 'are', 'were', 'has', 'have', 'to', 'and',
  'from', 'with', 'about', 'many', 'much', 'there', 'they', 'he', 'she', 'it', 'netherlands', 'dutch', 'iraq', 'iraqi', 'whats', 'whos', 'would',
]);
