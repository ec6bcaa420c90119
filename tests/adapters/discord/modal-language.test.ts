import { describe, expect, it } from 'vitest';
import { allCommands, commandGroups } from '../../../commands';
import { buildModal } from '../../../src/adapters/discord/modal-form';
import { DISCORD_MESSAGES, DISCORD_MESSAGES_NL } from '../../../src/adapters/discord/messages';
import { createRegistry } from '../../../src/core/registry';

const registry = createRegistry(allCommands, commandGroups);
const edit = registry.get('fact edit')!;
/** More than a modal input holds, so the form asks to leave it empty to keep it. */
const TOO_LONG_QUESTIONS = Array.from({ length: 200 }, (_, index) => `What about question number ${index}?`).join('\n');

function questionsInput(language: 'en' | 'nl') {
  const modal = buildModal(edit, 'form:fact edit:["company-size"]', { id: 'company-size', questions: TOO_LONG_QUESTIONS }, language, registry.groups).toJSON();
  return modal.components.map((label: any) => label.component).find((input: { custom_id: string }) => input.custom_id === 'questions:keep');
}

describe('a Discord modal in the user’s language', () => {
  it('asks, in Dutch for a Dutch client, to leave a field that is too long to show empty to keep it', () => {
    expect(questionsInput('nl').placeholder).toBe(DISCORD_MESSAGES_NL.keepAsIsPlaceholder);
    expect(questionsInput('en').placeholder).toBe(DISCORD_MESSAGES.keepAsIsPlaceholder);
  });

  it('names the command as a Dutch client shows it, a one-word command by its own Dutch name', () => {
    expect(buildModal(registry.get('fact dutch')!, 'x', { id: 'company-size' }, 'nl', registry.groups).toJSON().title).toBe('/feit nederlands company-size');
    expect(buildModal(registry.get('fact source')!, 'x', {}, 'nl', registry.groups).toJSON().title).toBe('/feit bron');
    expect(buildModal(registry.get('fact source')!, 'x', {}, 'en', registry.groups).toJSON().title).toBe('/fact source');
  });
});
