import type { Command } from '../src/core/command';
import { commandDescription, optionDescription } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { dutchCommandName } from '../src/core/registry';
import type { Language } from '../src/core/languages';
import { answerMessages } from './answer-messages-nl';

const USAGE = 'help [command]';

export const helpCommand = {
  name: 'help',
  description: 'Show how to ask questions and which commands there are',
  dutch: { name: 'hulp', description: "Laat zien hoe je vragen stelt en welke commando's er zijn" },
  usage: USAGE,
  moderatorOnly: false,
  options: [{ name: 'command', description: 'A command to explain', dutch: { label: 'Commando', description: 'Een commando om uit te leggen' }, required: false, kind: 'string', positional: true, rest: true }],
  run(request, context) {
    // No question to read the language from: the dispatcher went by the command's Dutch name ("hulp") or the client's locale.
    const { language } = request;
    const messages = answerMessages(language);
    const line = (command: Command) => messages.helpLine(command.usage, typedDutchName(command, language), commandDescription(command, language));
    const commands = context.registry.commands.filter((command) => !command.buttonsOnly);
    const asked = request.options.command?.trim().toLowerCase();
    if (asked) {
      // "hulp fact bewerk" asks about a command by its Dutch name.
      const named = context.registry.resolve(asked);
      const command = context.registry.get(asked) ?? (named && named.rest === '' ? named.command : undefined);
      if (!command) {
        const group = commands.filter((candidate) => candidate.name.startsWith(`${asked} `));
        if (group.length === 0) throw new UserError('unknown_command', `${messages.helpUnknownCommand(asked)} ${messages.helpUsage(USAGE)}`);
        return helpReply(asked, group.map((each) => line(each)).join('\n'), language);
      }
      const options = command.options.map((option) => `• \`${option.name}\`${option.required ? '' : messages.helpOptional}: ${optionDescription(option, language)}`);
      return helpReply(command.name, [commandDescription(command, language), messages.helpUsage(command.usage), ...options].join('\n'), language);
    }

    const everyone = commands.filter((command) => !command.moderatorOnly).map(line);
    const moderation = commands.filter((command) => command.moderatorOnly).map(line);
    const sections = [messages.helpIntro, ...everyone];
    if (request.isModerator && moderation.length > 0) sections.push('', `**${messages.helpModeratorHeading}**`, ...moderation);
    return helpReply(messages.helpTitle, sections.join('\n'), language);
  },
} satisfies Command;

/** In Dutch help, the Dutch name a command may be typed by ("fact toon"), when it has one of its own. */
function typedDutchName(command: Command, language: Language): string {
  const name = language === 'nl' ? dutchCommandName(command) : undefined;
  return name ?? '';
}

function helpReply(title: string, body: string, language: Language) {
  return { kind: 'info' as const, title, body, suggestions: [], visibility: 'private' as const, ...(language === 'en' ? {} : { language }) };
}
