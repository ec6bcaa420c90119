import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/slack-adapter';
import { eventCallback } from '../../fakes/slack/fake-slack';
import { isReply, mentionEvent, replyInThread, SECRETS, sectionText, startSlackTestBot, type SlackTestBot } from './slack-test-bot';

const FIVE_MINUTES_AND_A_BIT = 5 * 60 + 30;

/** Slack's request signature: v0=HMAC-SHA256(signing secret, "v0:<timestamp>:<raw body>"). */
function sign(body: string, timestamp: number, secret: string = SECRETS.signingSecret): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

describe('Slack adapter in HTTP mode', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot({ mode: 'http' });
  });
  afterEach(async () => {
    await bot.stop();
  });

  async function post(body: string, headers: Record<string, string>) {
    return fetch(`http://127.0.0.1:${bot.adapter.httpPort}${SLACK_EVENTS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  }

  function signedHeaders(body: string, options: { timestamp?: number; secret?: string } = {}) {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp, options.secret) };
  }

  function mentionBody(text: string, eventId: string) {
    const event = mentionEvent(text);
    return { event, body: JSON.stringify(eventCallback(event, eventId, bot.fake.teamId, bot.fake.botUserId)) };
  }

  it('runs in HTTP mode when no app-level token is set', () => {
    expect(bot.adapter.mode).toBe('http');
    expect(bot.adapter.httpPort).toBeGreaterThan(0);
  });

  it('accepts a correctly signed event and answers in its thread', async () => {
    const { event, body } = mentionBody('How many soldiers are the Dutch sending to Iraq?', 'EvSigned');
    const response = await post(body, signedHeaders(body));
    expect(response.status).toBe(200);
    expect(sectionText(await replyInThread(bot.fake, event.ts))).toContain('An infantry company of 145 soldiers.');
  });

  it('answers the URL verification challenge of a signed request', async () => {
    const body = JSON.stringify({ token: 'legacy', challenge: 'challenge-123', type: 'url_verification' });
    const response = await post(body, signedHeaders(body));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('challenge-123');
  });

  it('refuses a request signed with another secret with 401, and does not act on it', async () => {
    const { event, body } = mentionBody('How many soldiers are the Dutch sending to Iraq?', 'EvForged');
    const response = await post(body, signedHeaders(body, { secret: 'not-the-signing-secret' }));
    expect(response.status).toBe(401);
    await bot.adapter.stop();
    expect(bot.fake.calls.filter((call) => isReply(call) && call.args.thread_ts === event.ts)).toHaveLength(0);
  });

  it('refuses a correctly signed but stale request with 401, so it cannot be replayed', async () => {
    const { event, body } = mentionBody('How many soldiers are the Dutch sending to Iraq?', 'EvStale');
    const response = await post(body, signedHeaders(body, { timestamp: Math.floor(Date.now() / 1000) - FIVE_MINUTES_AND_A_BIT }));
    expect(response.status).toBe(401);
    await bot.adapter.stop();
    expect(bot.fake.calls.filter((call) => isReply(call) && call.args.thread_ts === event.ts)).toHaveLength(0);
  });

  it('refuses an unsigned request with 401', async () => {
    const { body } = mentionBody('topics', 'EvUnsigned');
    expect((await post(body, {})).status).toBe(401);
  });

  it('answers an event that Slack retries (X-Slack-Retry-Num) only once', async () => {
    const { event, body } = mentionBody('How big is the Dutch company?', 'EvRetriedOverHttp');
    expect((await post(body, signedHeaders(body))).status).toBe(200);
    await replyInThread(bot.fake, event.ts);
    const retry = await post(body, { ...signedHeaders(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    await bot.adapter.stop();

    expect(bot.fake.calls.filter((call) => isReply(call) && call.args.thread_ts === event.ts)).toHaveLength(1);
  });
});
