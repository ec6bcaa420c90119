import { describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands';
import { buildFormView } from '../../../src/adapters/slack/fact-form-view';
import { createRegistry } from '../../../src/core/registry';

const registry = createRegistry(allCommands);

describe('the Slack form views', () => {
  it('match the reviewed snapshot, in English and in Dutch (a change to the modals shows as a diff of this file)', async () => {
    const views = {
      addEmpty: buildFormView(registry.get('fact add')!, {}, 'C1', 'en'),
      addWithId: buildFormView(registry.get('fact add')!, { id: 'new-fact' }, undefined, 'en'),
      editPrefilled: buildFormView(registry.get('fact edit')!, { id: 'company-size', base: '3', title: 'Size', answer: 'A company.', claim: 'reporting' }, 'C1', 'en'),
      addEmptyInDutch: buildFormView(registry.get('fact add')!, {}, 'C1', 'nl'),
      editPrefilledInDutch: buildFormView(registry.get('fact edit')!, { id: 'company-size', base: '3', title: 'Size', answer: 'A company.', claim: 'reporting' }, 'C1', 'nl'),
      dutchTextPrefilled: buildFormView(registry.get('fact dutch')!, { id: 'company-size', base: '3', nl_title: 'Omvang', nl_answer: 'Een compagnie.', nl_questions: '' }, 'C1', 'en'),
      dutchTextPrefilledInDutch: buildFormView(registry.get('fact dutch')!, { id: 'company-size', base: '3', nl_title: 'Omvang', nl_answer: 'Een compagnie.', nl_questions: '' }, 'C1', 'nl'),
    };
    await expect(JSON.stringify(views, null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/form-views.json');
  });
});
