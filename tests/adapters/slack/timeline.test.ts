import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TIMELINE_MESSAGES } from '../../../src/timeline/messages';
import { TIMELINE_LAYOUT } from '../../../src/timeline/timeline-svg';
import { pngSize } from '../../timeline/png';
import { CHANNEL, mentionEvent, MODERATOR, replyInThread, sectionText, SECRETS, startSlackTestBot, type SlackTestBot } from './slack-test-bot';

describe('timeline in a Slack mention', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  async function timelineIn(threadTs: string) {
    const posted = await replyInThread(bot.fake, threadTs);
    const completed = await bot.fake.waitForCall('files.completeUploadExternal', (call) => call.method === 'files.completeUploadExternal' && call.args.thread_ts === threadTs);
    const fileId = (completed.args.files as Array<{ id: string }>)[0]!.id;
    const upload = await bot.fake.waitForCall('the file bytes', (call) => call.method === 'file_upload' && call.args.file_id === fileId);
    return { posted, completed, upload };
  }

  it('posts the list in the thread and uploads the PNG there with files upload v2', async () => {
    const event = mentionEvent('timeline');
    await bot.fake.sendEvent(event);
    const { posted, completed, upload } = await timelineIn(event.ts);

    expect(posted.method).toBe('chat.postMessage');
    expect(sectionText(posted)).toContain('`company-size`');
    expect(completed.args.channel_id).toBe(CHANNEL);
    expect(completed.token).toBe(SECRETS.botToken);
    const requested = bot.fake.calls.find((call) => call.method === 'files.getUploadURLExternal');
    expect(requested?.args).toMatchObject({ filename: TIMELINE_MESSAGES.imageName, length: String(upload.data!.length) });
    const L = TIMELINE_LAYOUT;
    expect(pngSize(upload.data!)).toEqual({ width: L.width, height: L.headerHeight + 2 * L.rowHeight + L.footerHeight });
  });

  it("draws a moderator's new date in the next timeline", async () => {
    const edit = mentionEvent('fact edit mission-purpose --date 2023-07 --base 1', { user: MODERATOR });
    await bot.fake.sendEvent(edit);
    await replyInThread(bot.fake, edit.ts);

    const event = mentionEvent('timeline');
    await bot.fake.sendEvent(event);
    const { posted, upload } = await timelineIn(event.ts);
    expect(sectionText(posted)).toContain('`mission-purpose`');
    expect(pngSize(upload.data!).height).toBe(TIMELINE_LAYOUT.headerHeight + 3 * TIMELINE_LAYOUT.rowHeight + TIMELINE_LAYOUT.footerHeight);
  });
});
