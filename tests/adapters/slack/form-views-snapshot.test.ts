import { describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands';
import { buildFormView } from '../../../src/adapters/slack/fact-form-view';
import { createRegistry } from '../../../src/core/registry';

const registry = createRegistry(allCommands);

describe('the Slack form views', () => {
  it('match the reviewed snapshot (a change to the modals shows as a diff of this file)', async () => {
    const views = {
      addEmpty: buildFormView(registry.get('fact add')!, {}, 'C1'),
      addWithId: buildFormView(registry.get('fact add')!, { id: 'new-fact' }, undefined),
      editPrefilled: buildFormView(registry.get('fact edit')!, { id: 'company-size', base: '3', title: 'Size', answer: 'A company.', claim: 'reporting' }, 'C1'),
    };
    await expect(JSON.stringify(views, null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/form-views.json');
  });
});
