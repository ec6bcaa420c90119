import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { Command } from '../../src/core/command';
import type { CommandContext } from '../../src/core/context';
import { createDispatcher } from '../../src/core/dispatcher';
import { UserError } from '../../src/core/errors';
import { StoreUnavailableError } from '../../src/core/operator-error';
import { MESSAGES } from '../../src/core/messages';
import type { ModeratorRules } from '../../src/core/moderator-policy';
import { createRegistry } from '../../src/core/registry';
import type { Actor, CommandRequest, Reply } from '../../src/core/request';
import { createLogger } from '../../src/logger';

const ok = (body: string): Reply => ({ kind: 'info', title: 't', body, suggestions: [], visibility: 'public' });
const RULES: ModeratorRules = { discordRoleIds: ['42'], discordTrustedGuildIds: [], slackUserIds: ['UMOD'], slackWorkspaceAdmins: true };

function setup(extra: Command[] = []) {
  const logLines: string[] = [];
  const logger = createLogger('info', new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }));
  const removed = vi.fn((_request: CommandRequest) => ok('removed'));
  const commands: Command[] = [
    { name: 'ask', description: 'ask', usage: 'ask <q>', moderatorOnly: false, options: [{ name: 'question', description: 'q', required: false, kind: 'string', positional: true, rest: true }], run: (request) => ok(`asked: ${request.options.question}`), autocomplete: (_r, _o, partial) => [{ name: partial, value: partial }] },
    { name: 'fact remove', description: 'remove', usage: 'fact remove <id>', moderatorOnly: true, options: [{ name: 'id', description: 'id', required: true, kind: 'string', positional: true }], run: removed },
    { name: 'fact gaps', description: 'gaps', usage: 'fact gaps [days]', moderatorOnly: true, options: [{ name: 'days', description: 'days', required: false, kind: 'integer', positional: true }], run: (request) => ok(`days ${request.options.days}`) },
    ...extra,
  ];
  const context = { registry: createRegistry(commands), logger } as unknown as CommandContext;
  return { dispatcher: createDispatcher(context, RULES), removed, logLines };
}

const member: Actor = { platform: 'discord', userId: '1', displayName: 'member', roleIds: ['7'] };
const moderator: Actor = { platform: 'discord', userId: '2', displayName: 'mod', roleIds: ['42'] };

describe('the dispatcher', () => {
  it('treats text that names no command as a question', async () => {
    const { dispatcher } = setup();
    const reply = await dispatcher.handleText({ actor: member, location: 'here', text: 'how many soldiers?' });
    expect(reply.body).toBe('asked: how many soldiers?');
  });

  it('when a non-moderator runs a moderator command, it is refused, not run, and logged', async () => {
    const { dispatcher, removed, logLines } = setup();
    const reply = await dispatcher.handleText({ actor: member, location: 'guild 9', text: 'fact remove company-size' });
    expect(reply).toMatchObject({ kind: 'refused', body: MESSAGES.notAModerator, visibility: 'private' });
    expect(removed).not.toHaveBeenCalled();
    expect(logLines.join('')).toMatch(/refused a moderator command/);
    expect(logLines.join('')).toMatch(/"command":"fact remove"/);
  });

  it('lets a moderator by role run it', async () => {
    const { dispatcher, removed } = setup();
    await dispatcher.handleCommand({ actor: moderator, location: 'guild 9', commandName: 'fact remove', options: { id: 'x' } });
    expect(removed).toHaveBeenCalledOnce();
    expect(removed.mock.calls[0]![0]).toMatchObject({ isModerator: true, options: { id: 'x' }, location: 'guild 9' });
  });

  it('answers a missing required option and a non-number with the usage', async () => {
    const { dispatcher } = setup();
    const missing = await dispatcher.handleText({ actor: moderator, location: 'x', text: 'fact remove' });
    expect(missing).toMatchObject({ kind: 'error', body: MESSAGES.missingOption('id', 'fact remove <id>') });
    const notNumber = await dispatcher.handleText({ actor: moderator, location: 'x', text: 'fact gaps soon' });
    expect(notNumber.body).toBe(MESSAGES.invalidInteger('days', 'fact gaps [days]'));
  });

  it('explains the group when a subcommand does not exist, instead of treating it as a question', async () => {
    const { dispatcher } = setup();
    const reply = await dispatcher.handleText({ actor: moderator, location: 'x', text: 'fact frobnicate now' });
    expect(reply.kind).toBe('error');
    expect(reply.body).toContain('fact remove <id>');
  });

  it('shows a user error its own message, privately', async () => {
    const failing: Command = { name: 'topics', description: 'd', usage: 'topics', moderatorOnly: false, options: [], run: () => { throw new UserError('unknown_fact', 'No such fact.'); } };
    const { dispatcher } = setup([failing]);
    expect(await dispatcher.handleText({ actor: member, location: 'x', text: 'topics' })).toMatchObject({ kind: 'error', body: 'No such fact.', visibility: 'private' });
  });

  it('when a command throws a bug, the user gets the generic reply, it is logged, and the next request works', async () => {
    const broken: Command = { name: 'topics', description: 'd', usage: 'topics', moderatorOnly: false, options: [], run: async () => { throw new TypeError('boom'); } };
    const { dispatcher, logLines } = setup([broken]);
    const reply = await dispatcher.handleText({ actor: member, location: 'x', text: 'topics' });
    expect(reply).toMatchObject({ kind: 'error', body: MESSAGES.somethingWentWrong });
    expect(logLines.join('')).toMatch(/"command":"topics".*boom|boom.*"command":"topics"/s);
    expect((await dispatcher.handleText({ actor: member, location: 'x', text: 'hello there' })).body).toBe('asked: hello there');
  });

  it('answers an unknown structured command with a user error', async () => {
    const { dispatcher } = setup();
    expect((await dispatcher.handleCommand({ actor: member, location: 'x', commandName: 'nope', options: {} })).body).toBe(MESSAGES.unknownCommand('nope'));
  });

  it('offers autocomplete choices and gives none for moderator commands to members', async () => {
    const { dispatcher } = setup();
    expect(await dispatcher.autocomplete({ actor: member, location: 'x', commandName: 'ask', focusedOption: 'question', partial: 'troo' })).toEqual([{ name: 'troo', value: 'troo' }]);
    expect(await dispatcher.autocomplete({ actor: member, location: 'x', commandName: 'fact remove', focusedOption: 'id', partial: 'x' })).toEqual([]);
  });

  it('treats words a public command cannot take as a question ("topics about ISIS")', async () => {
    const topics: Command = { name: 'topics', description: 'd', usage: 'topics', moderatorOnly: false, options: [], run: () => ok('the topics') };
    const { dispatcher } = setup([topics]);
    expect((await dispatcher.handleText({ actor: member, location: 'x', text: 'topics about ISIS' })).body).toBe('asked: topics about ISIS');
    expect((await dispatcher.handleText({ actor: member, location: 'x', text: 'topics' })).body).toBe('the topics');
  });

  it('treats an unknown subcommand from a non-moderator as a question, but shows a moderator the usage', async () => {
    const { dispatcher } = setup();
    expect((await dispatcher.handleText({ actor: member, location: 'x', text: 'fact check: how many soldiers?' })).body).toBe('asked: fact check: how many soldiers?');
    expect((await dispatcher.handleText({ actor: moderator, location: 'x', text: 'fact check: how many soldiers?' })).kind).toBe('error');
  });

  it('keeps a moderator command\'s usage error instead of answering it as a question', async () => {
    const { dispatcher } = setup();
    const reply = await dispatcher.handleText({ actor: moderator, location: 'x', text: 'fact gaps soon please' });
    expect(reply.kind).toBe('error');
    expect(reply.body).toContain('fact gaps [days]');
  });

  it('answers any command with a friendly message when the fact store is unavailable, and logs a warning', async () => {
    const reading: Command = { name: 'topics', description: 'd', usage: 'topics', moderatorOnly: false, options: [], run: async () => { throw new StoreUnavailableError('connection refused'); } };
    const { dispatcher, logLines } = setup([reading]);
    const reply = await dispatcher.handleText({ actor: member, location: 'x', text: 'topics' });
    expect(reply).toMatchObject({ kind: 'error', body: MESSAGES.storeUnavailable, visibility: 'private' });
    expect(logLines.join('')).toMatch(/the fact store is unavailable/);
  });

  it('tells a platform whether an actor may run a command', () => {
    const { dispatcher } = setup();
    expect(dispatcher.mayRun(moderator, 'fact remove')).toBe(true);
    expect(dispatcher.mayRun(member, 'fact remove')).toBe(false);
    expect(dispatcher.mayRun(member, 'ask')).toBe(true);
    expect(dispatcher.mayRun(member, 'no such command')).toBe(false);
  });

  it('gives form defaults to a moderator, refuses them to a member, and turns errors into replies', async () => {
    const editable: Command = {
      name: 'fact edit', description: 'd', usage: 'fact edit <id>', moderatorOnly: true,
      options: [{ name: 'id', description: 'id', required: true, kind: 'string', positional: true }],
      run: () => ok('edited'),
      formDefaults: async (request) => {
        if (request.options.id === 'missing') throw new UserError('unknown_fact', 'No such fact.');
        return { answer: 'current answer', base: '3' };
      },
    };
    const { dispatcher } = setup([editable]);
    const input = { actor: moderator, location: 'x', commandName: 'fact edit', options: { id: 'company-size' } };
    expect(await dispatcher.formDefaults(input)).toEqual({ ok: true, options: { answer: 'current answer', base: '3' } });
    expect(await dispatcher.formDefaults({ ...input, actor: member })).toMatchObject({ ok: false, reply: { kind: 'refused' } });
    expect(await dispatcher.formDefaults({ ...input, options: { id: 'missing' } })).toMatchObject({ ok: false, reply: { body: 'No such fact.' } });
    expect(await dispatcher.formDefaults({ ...input, commandName: 'ask' })).toEqual({ ok: true, options: {} });
  });
});
