import { ARTICLE_SOURCE_ID, type Fact } from '../../src/facts/fact';
import type { ModeratorRules } from '../../src/core/moderator-policy';
import type { Actor } from '../../src/core/request';

/** A small fact base taken from the article, enough to drive the moderation commands. */
export const FIXTURE_FACTS: readonly Fact[] = [
  {
    id: 'company-size',
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
  {
    id: 'isis-occupation',
    title: 'How much of Iraq ISIS occupied',
    answer: 'Between 2014 and 2017, ISIS occupied a third of Iraq.',
    questions: ['How much of Iraq did ISIS occupy?'],
    keywords: ['ISIS', 'third of Iraq'],
    topic: 'isis',
    tags: [],
    claim: 'reporting',
    source: {
      id: ARTICLE_SOURCE_ID,
      quotes: ['However, the fight against ISIS, which between 2014 and 2017 occupied a third of Iraq, is still one of the reasons for sending troops.'],
    },
    as_of: '2023-07-01',
    review_by: '2023-12-31',
  },
  {
    id: 'estonia-took-over',
    title: 'Estonia took over the Erbil mission',
    answer: 'Estonia took over the mission at Erbil airport; only a few advisers for the Peshmerga remained.',
    questions: ['Who took over the Erbil mission?'],
    keywords: ['Estonia', 'Erbil'],
    topic: 'erbil-mission',
    tags: [],
    claim: 'reporting',
    source: {
      id: ARTICLE_SOURCE_ID,
      quotes: ['Estonia took over their mission; only a few advisors for the Peshmerga troops remained.'],
    },
    as_of: '2023-07-01',
    review_by: '2030-01-01',
  },
  {
    id: 'dutch-oir-trainers',
    title: 'Dutch trainers in Operation Inherent Resolve',
    answer: 'Twelve Dutch officers train Iraqi Special Forces, and five do roughly the same for the Peshmerga in the Kurdistan Region.',
    questions: ['How many Dutch officers train Iraqi Special Forces?'],
    keywords: ['OIR', 'Special Forces', 'Peshmerga'],
    topic: 'isis',
    tags: ['oir'],
    claim: 'reporting',
    source: {
      id: ARTICLE_SOURCE_ID,
      quotes: ['Twelve Dutch officers are involved in the training of Iraqi Special Forces, and five are doing roughly the same for the Peshmerga in the Kurdistan Region.'],
    },
    as_of: '2023-07-01',
  },
];

export const MODERATOR_RULES: ModeratorRules = {
  discordRoleIds: ['900'],
  discordTrustedGuildIds: [],
  slackUserIds: ['U222'],
  slackWorkspaceAdmins: true,
};

/** The person at the console runs the bot, so curates it. */
export const OPERATOR: Actor = { platform: 'console', userId: 'local', displayName: 'Operator', isLocalOperator: true };
export const ALICE: Actor = { platform: 'discord', userId: '111', displayName: 'Alice', roleIds: ['900'] };
export const BOB: Actor = { platform: 'slack', userId: 'U222', displayName: 'Bob' };
export const DISCORD_MEMBER: Actor = { platform: 'discord', userId: '333', displayName: 'Mallory', roleIds: [] };
export const SLACK_MEMBER: Actor = { platform: 'slack', userId: 'U444', displayName: 'Eve' };
