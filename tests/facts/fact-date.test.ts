import { describe, expect, it } from 'vitest';
import { factDateLabel, FactDateSchema, parseFactDate } from '../../src/facts/fact-date';
import { FactSchema } from '../../src/facts/fact';
import { FIXTURE_FACTS } from '../commands/moderation-fixtures';

describe('the date of a fact (for the timeline)', () => {
  it.each([
    ['2016', '2016'],
    ['2023-03', 'March 2023'],
    ['2024-01-01', '1 January 2024'],
    ['2014/2017', '2014–2017'],
    ['2022-12/2023-07', 'December 2022–July 2023'],
  ])('reads %s as "%s"', (text, label) => {
    expect(FactDateSchema.safeParse(text).success).toBe(true);
    expect(factDateLabel(parseFactDate(text)!)).toBe(label);
  });

  it.each(['July 2023', '2023-13', '2023-02-30', '2017/2014', '2016/2016', '23', '2016/2017/2018', '2016-1', ''])('refuses %j', (text) => {
    expect(parseFactDate(text)).toBeUndefined();
    expect(FactSchema.safeParse({ ...FIXTURE_FACTS[0], date: text }).success).toBe(false);
  });

  it('is optional on a fact', () => {
    expect(FactSchema.safeParse(FIXTURE_FACTS[0]).success).toBe(true);
    expect(FactSchema.parse({ ...FIXTURE_FACTS[0], date: '2024-01-01' }).date).toBe('2024-01-01');
  });
});
