import { ARTICLE_SOURCE_ID, type Fact } from '../../src/facts/fact';
import type { ChangeAuthor } from '../../src/store/fact-store';

/** Facts taken from the article, for store tests (engine-neutral). */
const BASE: Record<string, Omit<Fact, 'id'>> = {
  'company-size': {
    title: 'Size of the Dutch infantry company',
    answer: 'An infantry company of 145 soldiers.',
    questions: ['How many Dutch soldiers are going to Iraq?'],
    keywords: ['145', 'infantry company'],
    topic: 'deployment',
    tags: [],
    claim: 'reporting',
    source: {
      id: ARTICLE_SOURCE_ID,
      quotes: ['From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq.'],
    },
    as_of: '2023-07-01',
  },
  'erbil-return': {
    title: 'Dutch soldiers back from Erbil',
    answer: 'In May, the 120 Dutch soldiers who protected the airport of Erbil returned home.',
    questions: ['Who protected Erbil airport?'],
    keywords: ['Erbil', '120'],
    topic: 'history',
    tags: [],
    claim: 'reporting',
    source: {
      id: ARTICLE_SOURCE_ID,
      quotes: ['Only as recently as May, the 120 Dutch soldiers who protected the airport of the Kurdistan capital Erbil returned home.'],
    },
    as_of: '2023-07-01',
  },
  'oir-officers': {
    title: 'Dutch officers in Operation Inherent Resolve',
    answer: 'Twelve Dutch officers train Iraqi Special Forces, and five do roughly the same for the Peshmerga.',
    questions: [],
    keywords: ['OIR', 'Peshmerga'],
    topic: 'deployment',
    tags: ['oir'],
    claim: 'reporting',
    source: {
      id: ARTICLE_SOURCE_ID,
      quotes: ['Twelve Dutch officers are involved in the training of Iraqi Special Forces, and five are doing roughly the same for the Peshmerga in the Kurdistan Region.'],
    },
    as_of: '2023-07-01',
  },
};

export type SampleId = keyof typeof BASE;

export function sampleFact(id: SampleId, overrides: Partial<Fact> = {}): Fact {
  return structuredClone({ id, ...BASE[id]!, ...overrides });
}

export function moderator(name: string, platform: ChangeAuthor['platform'] = 'discord'): ChangeAuthor {
  return { platform, userId: `${name}-id`, displayName: name, location: `${platform} test channel` };
}

/** The fact's content without the store's bookkeeping fields. */
export function contentOf(fact: Fact): Fact {
  const { revision, retired, updatedAt, updatedBy, updatedByModerator, ...content } = fact as Fact & Record<string, unknown>;
  void [revision, retired, updatedAt, updatedBy, updatedByModerator];
  return content as Fact;
}
