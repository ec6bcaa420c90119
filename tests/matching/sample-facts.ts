import { FactSchema, SOURCE_TITLE, type Fact } from '../../src/facts/fact';

interface SampleInput {
  id: string;
  title: string;
  answer: string;
  questions: string[];
  keywords: string[];
  topic: string;
  quote: string;
}

function sample(input: SampleInput): Fact {
  return FactSchema.parse({
    id: input.id,
    title: input.title,
    answer: input.answer,
    questions: input.questions,
    keywords: input.keywords,
    topic: input.topic,
    source: { title: SOURCE_TITLE, quotes: [input.quote] },
    as_of: '2023-07-31',
  });
}

/** A handful of facts written for these tests from the article, independent of knowledge/. */
export const SAMPLE_FACTS: readonly Fact[] = Object.freeze([
  sample({
    id: 'company-size',
    title: 'Size of the Dutch company',
    answer: 'The Netherlands is sending an infantry company of 145 soldiers to Iraq.',
    questions: ['How many soldiers is the Netherlands sending?', 'How big is the Dutch unit?'],
    keywords: ['145 soldiers', 'infantry company', 'number of troops'],
    topic: 'deployment',
    quote: 'From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq.',
  }),
  sample({
    id: 'deployment-start',
    title: 'When the Dutch deployment starts',
    answer: 'The company works in Iraq from the 1st of January; the article prints no year.',
    questions: ['When does the Dutch mission in Iraq start?', 'Start date of the deployment'],
    keywords: ['1st of January', 'start date'],
    topic: 'deployment',
    quote: 'From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq.',
  }),
  sample({
    id: 'deployment-task',
    title: 'What the Dutch company will do',
    answer: 'It will protect NATO advisers and staff officers who strengthen the Iraqi security sector.',
    questions: ['What will the Dutch soldiers do in Iraq?', 'Who will the troops protect?'],
    keywords: ['protect advisers', 'staff officers', 'security sector'],
    topic: 'deployment',
    quote: 'They will be tasked with protecting advisors and staff officers who are there to strengthen the Iraqi security sector.',
  }),
  sample({
    id: 'nato-advisory-mission',
    title: 'The NATO advisory mission',
    answer: 'The advisory mission has about 25 people and is extended until July 2025.',
    questions: ['How many people are in the NATO advisory mission?', 'Until when does the NATO mission run?'],
    keywords: ['25 people', 'July 2025', 'extended'],
    topic: 'deployment',
    quote: 'They will be tasked with protecting advisors and staff officers who are there to strengthen the Iraqi security sector, a mission of about 25 people that will be extended until July 2025.',
  }),
  sample({
    id: 'tsurkov-who',
    title: 'Who Elizabeth Tsurkov is',
    answer: 'A Russian-Israeli researcher affiliated with an American university, researching Iraqi Shiite militias in Baghdad.',
    questions: ['Who is Elizabeth Tsurkov?'],
    keywords: ['researcher', 'Russian-Israeli'],
    topic: 'tsurkov',
    quote: 'Elizabeth Tsurkov was conducting research in Baghdad on Iraqi Shiite militias and in March was kidnapped by one of them.',
  }),
  sample({
    id: 'tsurkov-kidnapping',
    title: 'Tsurkov kidnapped by Kataib Hezbollah',
    answer: 'She was kidnapped in March by a militia; Israel identified Kataib Hezbollah as the culprit.',
    questions: ['Who kidnapped Tsurkov?', 'When was Tsurkov kidnapped?'],
    keywords: ['kidnapping', 'Kataib Hezbollah', 'March'],
    topic: 'tsurkov',
    quote: 'As was only recently confirmed by Israel, which identified Kataib Hezbollah as the culprit.',
  }),
  sample({
    id: 'isis-occupation',
    title: 'How much of Iraq ISIS occupied',
    answer: 'Between 2014 and 2017 ISIS occupied a third of Iraq.',
    questions: ['How much of Iraq did ISIS hold?', 'When did ISIS occupy Iraq?'],
    keywords: ['a third of Iraq', '2014', '2017'],
    topic: 'isis',
    quote: 'However, the fight against ISIS, which between 2014 and 2017 occupied a third of Iraq, is still one of the reasons for sending troops.',
  }),
  sample({
    id: 'dollar-reserves-fed',
    title: "Iraq's dollar reserves at the Federal Reserve",
    answer: "Since 2003 Iraq's oil revenues are held in US dollars at the Federal Reserve in New York.",
    questions: ["Where are Iraq's oil revenues kept?"],
    keywords: ['Federal Reserve', 'dollar reserves', 'oil revenues'],
    topic: 'money',
    quote: 'Since 2003, these reserves have been in American hands.',
  }),
]);
