import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factAddCommand } from '../../commands/fact-add';
import { factEditCommand } from '../../commands/fact-edit';
import { factSourceCommand } from '../../commands/fact-source';
import { toJsonAnswer } from '../../src/cli/json-answer';
import { ARTICLE_SOURCE_ID, SOURCE_TITLE } from '../../src/facts/fact';
import { TIME_MESSAGES } from '../../src/facts/fact-time';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { SOURCE_MESSAGES } from '../../src/sources/messages';
import { ALICE, DISCORD_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

/** The harness clock starts on 2024-03-01: isis-occupation (review by 2023-12-31) is past its review date, estonia-took-over (2030) is not. */
let bot: ModerationBot;
beforeEach(async () => {
  bot = await startModerationBot();
});
afterEach(async () => {
  await bot.close();
});

const ask = (question: string) => bot.say(question, DISCORD_MEMBER);
const REAL_QUOTE = 'Elizabeth Tsurkov was conducting research in Baghdad on Iraqi Shiite militias and in March was kidnapped by one of them.';
const FAKE_QUOTE = 'Elizabeth Tsurkov was kidnapped in Baghdad by Iran in February.';

describe('every answer says its source, its claim status and its date', () => {
  it('a fact past its review date is still answered, with a visible caveat and its date in the text', async () => {
    const reply = await ask('How much of Iraq did ISIS occupy?');
    expect(reply).toMatchObject({ kind: 'answer', factId: 'isis-occupation', claim: 'reporting', asOf: '2023-07-01' });
    expect(reply.caveat).toBe(TIME_MESSAGES.pastReview('July 2023'));
    expect(reply.body).toBe(`${TIME_MESSAGES.asOfPrefix('July 2023')}Between 2014 and 2017, ISIS occupied a third of Iraq.`);
    expect(reply.source).toEqual({ title: SOURCE_TITLE, quote: expect.stringContaining('third of Iraq') });
  });

  it('a time-bound fact not yet due for review is dated but carries no caveat', async () => {
    const reply = await ask('Who took over the Erbil mission?');
    expect(reply.factId).toBe('estonia-took-over');
    expect(reply.caveat).toBeUndefined();
    expect(reply.body.startsWith(TIME_MESSAGES.asOfPrefix('July 2023'))).toBe(true);
  });

  it('the JSON contract carries claim, asOf, caveat and sources, and nulls without an answer', async () => {
    const reply = await ask('How much of Iraq did ISIS occupy?');
    expect(toJsonAnswer('q', reply)).toMatchObject({
      status: 'answered',
      factId: 'isis-occupation',
      claim: 'reporting',
      asOf: '2023-07-01',
      caveat: TIME_MESSAGES.pastReview('July 2023'),
      sources: [{ id: ARTICLE_SOURCE_ID, title: SOURCE_TITLE }],
    });
    const none = await ask('what is the weather in Amsterdam tomorrow');
    expect(toJsonAnswer('q', none)).toMatchObject({ status: 'no_match', claim: null, asOf: null, caveat: null, sources: [] });
  });

  it('fact show gives a moderator the claim status, and for a fact past review, how to mark it checked', async () => {
    const reply = await bot.say('fact show isis-occupation', ALICE);
    expect(reply.body).toContain('Claim: reporting');
    expect(reply.body).toContain(MODERATION_MESSAGES.pastReviewHint('isis-occupation', '2023-12-31'));
    expect(reply.caveat).toBe(TIME_MESSAGES.pastReview('July 2023'));
  });
});

describe('quotes are checked against the source from chat', () => {
  it('fact add refuses a made-up quote, showing the closest real sentence, and saves nothing', async () => {
    const reply = await bot.say(`fact add tsurkov-who --title "Who is Tsurkov" --answer "A researcher in Iraq." --quotes "${FAKE_QUOTE}" --topic tsurkov --claim reporting`, ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.invalidFact([SOURCE_MESSAGES.quoteNotInSource(1, FAKE_QUOTE, SOURCE_TITLE, REAL_QUOTE)], factAddCommand.usage));
    expect(await bot.store.getFact('tsurkov-who')).toBeUndefined();
  });

  it('fact edit --quotes refuses a made-up quote and keeps the fact as it was', async () => {
    await bot.say('fact show company-size', ALICE);
    const reply = await bot.say(`fact edit company-size --quotes "${FAKE_QUOTE}"`, ALICE);
    expect(reply.body).toContain(SOURCE_MESSAGES.quoteNotInSource(1, FAKE_QUOTE, SOURCE_TITLE, REAL_QUOTE));
    expect((await bot.store.getFact('company-size'))!.revision).toBe(1);
  });

  it('accepts a quote typed with straight quote marks and other spacing than the source', async () => {
    await bot.say('fact show company-size', ALICE);
    const typed = "A recent example of Iran's influence   in the neighboring country";
    const reply = await bot.say(`fact edit company-size --quotes "${typed}"`, ALICE);
    expect(reply.kind).toBe('success');
  });

  it('fact add requires a claim status from the list', async () => {
    const reply = await bot.command('fact add', { id: 'tsurkov-who', title: 'T', answer: 'A researcher in Iraq.', quotes: REAL_QUOTE, topic: 'tsurkov', claim: 'rumour' }, ALICE);
    expect(reply.body).toContain('claim must be one of: reporting, official-statement, attributed-claim, author-view, curator-inference');
    expect(await bot.store.getFact('tsurkov-who')).toBeUndefined();
  });
});

describe('fact source add', () => {
  const LETTER = '--title "Letter to Parliament, January 2024" --kind government-letter --date 2024-01-05 --url https://example.org/letter';

  it('registers a source without text; facts quoting it are stored as given and answered with "quote not verified"', async () => {
    const added = await bot.say(`fact source add letter-2024 ${LETTER}`, ALICE);
    expect(added).toMatchObject({ kind: 'success', body: SOURCE_MESSAGES.sourceAdded('letter-2024', false) });
    const fact = await bot.say(
      'fact add company-arrived --title "The Dutch company arrived in Iraq" --answer "The Dutch infantry company arrived in Iraq in January 2024." --questions "When did the Dutch company arrive in Iraq?" --quotes "The company arrived in January." --topic deployment --claim official-statement --source letter-2024 --as_of 2024-01-05',
      ALICE,
    );
    expect(fact.kind).toBe('success');
    const answer = await ask('When did the Dutch company arrive in Iraq?');
    expect(answer).toMatchObject({ factId: 'company-arrived', claim: 'official-statement' });
    expect(answer.source).toEqual({ title: 'Letter to Parliament, January 2024', quote: 'The company arrived in January.', unverified: true });
    expect(toJsonAnswer('q', answer).sources).toEqual([{ id: 'letter-2024', title: 'Letter to Parliament, January 2024' }]);
  });

  it('checks quotes against the text given with a source', async () => {
    await bot.command('fact source', { action: 'add', id: 'letter-2024', title: 'Letter', kind: 'government-letter', date: '2024-01-05', url: 'https://example.org/l', text: 'The company arrived in Iraq in January.\n\nIt protects NATO advisers.' }, ALICE);
    const refused = await bot.say('fact add company-arrived --title "Arrival" --answer "It arrived in Iraq." --quotes "The company arrived in Iraq in March." --topic deployment --claim official-statement --source letter-2024', ALICE);
    expect(refused.body).toContain(SOURCE_MESSAGES.quoteNotInSource(1, 'The company arrived in Iraq in March.', 'Letter', 'The company arrived in Iraq in January.'));
    const accepted = await bot.say('fact add company-arrived --title "Arrival" --answer "It arrived in Iraq." --quotes "The company arrived in Iraq in January." --topic deployment --claim official-statement --source letter-2024', ALICE);
    expect(accepted.kind).toBe('success');
  });

  it('refuses an id that is taken (curated or registered) and malformed metadata, registering nothing', async () => {
    expect((await bot.say(`fact source add ${ARTICLE_SOURCE_ID} ${LETTER}`, ALICE)).body).toBe(SOURCE_MESSAGES.sourceExists(ARTICLE_SOURCE_ID));
    await bot.say(`fact source add letter-2024 ${LETTER}`, ALICE);
    expect((await bot.say(`fact source add letter-2024 ${LETTER}`, ALICE)).body).toBe(SOURCE_MESSAGES.sourceExists('letter-2024'));
    const bad = await bot.say('fact source add memo-1 --title "Memo" --kind memo --date 2024-02-30 --url ftp://x', ALICE);
    expect(bad.body).toContain('That source cannot be registered');
    expect(bad.body).toContain(`kind must be one of: ${SOURCE_MESSAGES.kinds}`);
    expect(bad.body).toContain('date is not a real calendar date');
    expect(bad.body).toContain('url must be an http:// or https:// address');
    expect(bad.body).toContain(factSourceCommand.usage);
    expect((await bot.store.listSources()).map((source) => source.id)).toEqual(['letter-2024']);
  });

  it('is for moderators only', async () => {
    const reply = await bot.say(`fact source add letter-2024 ${LETTER}`, DISCORD_MEMBER);
    expect(reply.kind).toBe('refused');
    expect(await bot.store.listSources()).toEqual([]);
  });

  it('a fact citing an unregistered source is refused, naming the command that registers it', async () => {
    const reply = await bot.say(`fact add company-arrived --title "Arrival" --answer "It arrived in Iraq." --quotes "Anything at all." --topic deployment --claim official-statement --source no-such-letter`, ALICE);
    expect(reply.body).toContain(SOURCE_MESSAGES.unknownSource('no-such-letter'));
  });
});

describe('supersession: a newer answer shows what it replaced, for a while', () => {
  async function supersede() {
    await bot.say('fact show company-size', ALICE);
    return bot.say('fact edit company-size --answer "As of March 2024, the Dutch infantry company in Iraq had 150 soldiers." --as_of 2024-03-01', ALICE);
  }

  it('answers show "Updated <date>; before that: <first sentence>" after an edit with a later as_of', async () => {
    expect((await supersede()).kind).toBe('success');
    const reply = await ask('How many Dutch soldiers are going to Iraq?');
    expect(reply.body).toBe(`As of March 2024, the Dutch infantry company in Iraq had 150 soldiers.\n\n${TIME_MESSAGES.superseded('1 March 2024', 'An infantry company of 145 soldiers.')}`);
  });

  it('the note goes after 90 days', async () => {
    await supersede();
    bot.advanceDays(90);
    expect((await ask('How many Dutch soldiers are going to Iraq?')).body).toContain('before that:');
    bot.advanceDays(1);
    expect((await ask('How many Dutch soldiers are going to Iraq?')).body).not.toContain('before that:');
  });

  it('a moderator can clear it at once, and only with "clear"', async () => {
    await supersede();
    await bot.say('fact show company-size', ALICE);
    expect((await bot.say('fact edit company-size --update_note later', ALICE)).body).toBe(MODERATION_MESSAGES.badUpdateNote('later', factEditCommand.usage));
    expect((await bot.say('fact edit company-size --update_note clear', ALICE)).kind).toBe('success');
    expect((await ask('How many Dutch soldiers are going to Iraq?')).body).not.toContain('before that:');
  });

  it('an edit that keeps the as-of date shows no note', async () => {
    await bot.say('fact show company-size', ALICE);
    await bot.say('fact edit company-size --answer "An infantry company of 145 Dutch soldiers."', ALICE);
    expect((await ask('How many Dutch soldiers are going to Iraq?')).body).toBe('An infantry company of 145 Dutch soldiers.');
  });

  it('fact history shows the word-level change of a long answer, not a cut-off text', async () => {
    await supersede();
    const history = await bot.say('fact history company-size', ALICE);
    expect(history.body).toContain('- answer: [-An-]{+As of March 2024, the Dutch+} infantry company [-of 145-]{+in Iraq had 150+} soldiers.');
    expect(history.body).toContain('- update note: shown until 2024-05-30');
  });

  it('fact history shows an edit at the end of a long answer, which a cut at 80 characters would hide', async () => {
    await bot.say('fact show dutch-oir-trainers', ALICE);
    const long = 'Twelve Dutch officers train Iraqi Special Forces, and five do roughly the same for the Peshmerga in the Kurdistan Region.';
    await bot.say(`fact edit dutch-oir-trainers --answer "${long.replace('Kurdistan Region.', 'Kurdistan Region of Iraq.')}"`, ALICE);
    const history = await bot.say('fact history dutch-oir-trainers', ALICE);
    expect(history.body).toContain('- answer: … in the Kurdistan Region {+of Iraq+}.');
  });
});
