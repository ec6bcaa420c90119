import type { Command } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { ANSWER_MESSAGES } from './answer-messages';

const USAGE = 'help [command]';

export const helpCommand = {
  name: 'help',
  description: 'Show how to ask questions and which commands there are',
  dutch: { name: 'hulp', description: "Laat zien hoe je vragen stelt en welke commando's er zijn" },
  usage: USAGE,
  moderatorOnly: false,
  options: [{ name: 'command', description: 'A command to explain', required: false, kind: 'string', positional: true, rest: true }],
  run(request, context) {
    const commands = context.registry.commands;
    const asked = request.options.command?.trim().toLowerCase();
    if (asked) {
      const command = context.registry.get(asked);
      if (!command) {
        const group = commands.filter((candidate) => candidate.name.startsWith(`${asked} `));
        if (group.length === 0) throw new UserError('unknown_command', `${ANSWER_MESSAGES.helpUnknownCommand(asked)} Usage: \`${USAGE}\``);
        return helpReply(asked, group.map((each) => line(each)).join('\n'));
      }
      const options = command.options.map((option) => `• \`${option.name}\`${option.required ? '' : ' (optional)'}: ${option.description}`);
      return helpReply(command.name, [command.description, `Usage: \`${command.usage}\``, ...options].join('\n'));
    }

    const everyone = commands.filter((command) => !command.moderatorOnly).map(line);
    const moderation = commands.filter((command) => command.moderatorOnly).map(line);
    const sections = [ANSWER_MESSAGES.helpIntro, ...everyone];
    if (request.isModerator && moderation.length > 0) sections.push('', `**${ANSWER_MESSAGES.helpModeratorHeading}**`, ...moderation);
    return helpReply(ANSWER_MESSAGES.helpTitle, sections.join('\n'));
  },
} satisfies Command;

function line(command: Command): string {
  return `• \`${command.usage}\`: ${command.description}`;
}

function helpReply(title: string, body: string) {
  return { kind: 'info' as const, title, body, suggestions: [], visibility: 'private' as const };
}
