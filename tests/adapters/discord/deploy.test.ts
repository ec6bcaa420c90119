import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCommands, commandGroups } from '../../../commands';
import { buildSlashCommands } from '../../../src/adapters/discord/command-definitions';
import { deployDiscordCommands } from '../../../src/adapters/discord/deploy-commands';
import { runScript } from '../../helpers/run-process';
import { FAKE_TOKEN } from './discord-harness';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord';
import { CLAIM_KINDS } from '../../../src/facts/fact';
import { SOURCE_KINDS } from '../../../src/sources/source';

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => fake.close());

describe('npm run deploy:discord', () => {
  it('registers the commands the bot runs to the server named by DISCORD_GUILD_ID', async () => {
    const result = await runScript('src/cli/deploy-discord.ts', [], {
      env: {
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_CLIENT_ID: FAKE_IDS.application,
        DISCORD_GUILD_ID: FAKE_IDS.guild,
        DISCORD_API_URL: fake.apiUrl,
      },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('/ask, /topics, /timeline, /help, /fact');
    expect(result.stdout).not.toContain(FAKE_TOKEN);

    const puts = fake.requests.filter((request) => request.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/api/v10/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands`);
    expect(puts[0]!.authorization).toBe(`Bot ${FAKE_TOKEN}`);
    expect(puts[0]!.body).toEqual(JSON.parse(JSON.stringify(buildSlashCommands(allCommands, commandGroups))));
  });

  it('registers globally when no server is named', async () => {
    const result = await deployDiscordCommands({ token: FAKE_TOKEN, clientId: FAKE_IDS.application, moderatorRoleIds: [], moderatorGuildIds: [], apiUrl: fake.apiUrl }, allCommands, commandGroups);
    expect(result.scope).toBe('global');
    const put = await fake.waitForRequest((request) => request.method === 'PUT', 'command registration');
    expect(put.path).toBe(`/api/v10/applications/${FAKE_IDS.application}/commands`);
  });

  it('sends a payload Discord accepts: /ask, /topics, /timeline, /help and /fact with moderator subcommands', () => {
    const payload = buildSlashCommands(allCommands, commandGroups);
    const byName = new Map(payload.map((command) => [command.name, command as any]));
    expect([...byName.keys()]).toEqual(['ask', 'topics', 'timeline', 'help', 'fact']);

    // Dutch clients see /vraag beside /ask, and Dutch descriptions throughout, options' too.
    expect(byName.get('ask')).toMatchObject({ name_localizations: { nl: 'vraag' }, description_localizations: { nl: expect.stringContaining('Stel een vraag') } });
    expect(byName.get('fact').name_localizations).toEqual({ nl: 'feit' });
    for (const command of payload) {
      expect(Object.keys(command.description_localizations ?? {})).toEqual(['nl']);
      // Subcommands and every option of theirs, as the options of a plain command.
      const options = ((command.options ?? []) as any[]).flatMap((option) => [option, ...(option.options ?? [])]);
      for (const option of options) expect({ option: option.name, nl: option.description_localizations?.nl }).toEqual({ option: option.name, nl: expect.any(String) });
      // Options are named by their Dutch label too (/vraag vraag:), as Discord spells names, and no two alike.
      for (const host of [command, ...((command.options ?? []) as any[]).filter((option) => option.type === 1)] as any[]) {
        const dutchNames = ((host.options ?? []) as any[]).filter((option) => option.type !== 1).map((option) => option.name_localizations?.nl);
        for (const name of dutchNames) expect(name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(new Set(dutchNames).size).toBe(dutchNames.length);
      }
    }

    const question = byName.get('ask').options[0];
    expect(question).toMatchObject({ name: 'question', name_localizations: { nl: 'vraag' }, required: true, autocomplete: true });

    const fact = byName.get('fact');
    expect(fact.default_member_permissions).toBe('32'); // Manage Server
    expect(byName.get('ask').default_member_permissions).toBeUndefined();
    const subcommands = fact.options.map((option: { name: string }) => option.name);
    expect(subcommands).toEqual(expect.arrayContaining(['show', 'add', 'edit', 'alias', 'remove', 'history', 'revert', 'gaps', 'stale']));

    // The Dutch text has a form of its own: /fact dutch takes the id, the Dutch fields come in the modal.
    const dutch = fact.options.find((option: { name: string }) => option.name === 'dutch');
    expect(dutch.name_localizations).toEqual({ nl: 'nederlands' });
    expect(dutch.options.map((option: { name: string }) => option.name).sort()).toEqual(['base', 'id']);

    // The multi-line fields are asked for in a modal, not as slash options.
    const add = fact.options.find((option: { name: string }) => option.name === 'add');
    expect(add.options.map((option: { name: string }) => option.name)).not.toContain('answer');
    const alias = fact.options.find((option: { name: string }) => option.name === 'alias');
    expect(alias.options.find((option: { name: string }) => option.name === 'action').choices.map((choice: { value: string }) => choice.value)).toEqual(['add', 'remove']);
    // Claim status and source kind are picked from the command's own list of values.
    expect(add.options.find((option: { name: string }) => option.name === 'claim')).toMatchObject({ required: true });
    expect(add.options.find((option: { name: string }) => option.name === 'claim').choices.map((choice: { value: string }) => choice.value)).toEqual([...CLAIM_KINDS]);
    const source = fact.options.find((option: { name: string }) => option.name === 'source');
    expect(source.options.find((option: { name: string }) => option.name === 'kind').choices.map((choice: { value: string }) => choice.value)).toEqual([...SOURCE_KINDS]);
    expect(source.options.map((option: { name: string }) => option.name)).not.toContain('text');

    for (const command of payload) {
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const option of (command.options ?? []) as any[]) {
        expect(option.description.length).toBeLessThanOrEqual(100);
        // Discord rejects a required option after an optional one.
        const required = (option.options ?? []).map((inner: { required?: boolean }) => Boolean(inner.required));
        expect(required).toEqual([...required].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
      }
    }
  });
});
