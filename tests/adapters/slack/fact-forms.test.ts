import { describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands';
import { formRequestIn } from '../../../src/adapters/slack/fact-forms';

describe('which /facts command lines open a form', () => {
  it('a command offered as a form, with or without its group word, and at most a fact id', () => {
    expect(formRequestIn('add', allCommands)).toEqual({ commandName: 'fact add', options: {} });
    expect(formRequestIn(' fact add new-fact ', allCommands)).toEqual({ commandName: 'fact add', options: { id: 'new-fact' } });
    expect(formRequestIn('EDIT Company-Size', allCommands)).toEqual({ commandName: 'fact edit', options: { id: 'company-size' } });
    expect(formRequestIn('fact edit company-size', allCommands)).toEqual({ commandName: 'fact edit', options: { id: 'company-size' } });
  });

  it('by its Dutch name too, which makes the form Dutch', () => {
    expect(formRequestIn('bewerk company-size', allCommands)).toEqual({ commandName: 'fact edit', options: { id: 'company-size' }, language: 'nl' });
    expect(formRequestIn('fact toevoegen', allCommands)).toEqual({ commandName: 'fact add', options: {}, language: 'nl' });
    expect(formRequestIn('edit company-size', allCommands)).not.toHaveProperty('language');
    expect(formRequestIn('bewerk', allCommands)).toBeUndefined();
  });

  it('the Dutch text of a fact, by "dutch <id>" or its Dutch name "nederlands <id>", which makes the form Dutch', () => {
    expect(formRequestIn('fact dutch company-size', allCommands)).toEqual({ commandName: 'fact dutch', options: { id: 'company-size' } });
    expect(formRequestIn('dutch company-size', allCommands)).toEqual({ commandName: 'fact dutch', options: { id: 'company-size' } });
    expect(formRequestIn('nederlands company-size', allCommands)).toEqual({ commandName: 'fact dutch', options: { id: 'company-size' }, language: 'nl' });
    expect(formRequestIn('dutch', allCommands)).toBeUndefined();
    expect(formRequestIn('dutch company-size --nl_title "Omvang"', allCommands)).toBeUndefined();
  });

  it('not an edit without the fact to show, nor anything typed with more options', () => {
    expect(formRequestIn('edit', allCommands)).toBeUndefined();
    expect(formRequestIn('fact edit', allCommands)).toBeUndefined();
    expect(formRequestIn('edit company-size --title "Size"', allCommands)).toBeUndefined();
    expect(formRequestIn('add Not_An_Id!', allCommands)).toBeUndefined();
  });

  it('not a command that is not offered as a form', () => {
    expect(formRequestIn('fact show company-size', allCommands)).toBeUndefined();
    expect(formRequestIn('how many soldiers?', allCommands)).toBeUndefined();
    expect(formRequestIn('', allCommands)).toBeUndefined();
  });
});
