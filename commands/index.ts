import type { Command } from '../src/core/command';
import { askCommand } from './ask';
import { factAddCommand } from './fact-add';
import { factAliasCommand } from './fact-alias';
import { factDutchCommand } from './fact-dutch';
import { factEditCommand } from './fact-edit';
import { factGapsCommand } from './fact-gaps';
import { factHistoryCommand } from './fact-history';
import { factRemoveCommand } from './fact-remove';
import { factRestoreCommand } from './fact-restore';
import { factRevertCommand } from './fact-revert';
import { factShowCommand } from './fact-show';
import { factSourceCommand } from './fact-source';
import { factStaleCommand } from './fact-stale';
import { factUnsaidCommand } from './fact-unsaid';
import { helpCommand } from './help';
import { timelineCommand } from './timeline';
import { pickCommand } from './pick';
import { voteCommand } from './vote';
import { topicsCommand } from './topics';

export { commandGroups } from './groups';

/** The explicit list of commands: the registry refuses duplicates and malformed entries at start. */
export const allCommands: readonly Command[] = [
  askCommand,
  topicsCommand,
  timelineCommand,
  helpCommand,
  factShowCommand,
  factAddCommand,
  factEditCommand,
  factDutchCommand,
  factUnsaidCommand,
  factAliasCommand,
  factRemoveCommand,
  factRestoreCommand,
  factHistoryCommand,
  factRevertCommand,
  factGapsCommand,
  factStaleCommand,
  factSourceCommand,
  voteCommand,
  pickCommand,
];
