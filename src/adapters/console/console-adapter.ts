import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pickOutOfRangeReply, SUGGESTION_COMMAND, type Dispatcher } from '../../core/dispatcher';
import type { Actor, Reply } from '../../core/request';
import type { RunningAdapter } from '../adapter';
import { renderReplyAsText } from './render-text';

/** Before anything is typed there is no language to read: the greeting says how to go on in either. */
export const CONSOLE_GREETING =
  'Console chat. Ask a question about the Dutch troops in Iraq, or type `help`. Type `exit` to leave.\nStel je vraag gerust in het Nederlands, of typ `hulp`.';
const EXIT_WORDS = new Set(['exit', 'quit', '.exit']);

export interface ConsoleOptions {
  dispatcher: Dispatcher;
  input: Readable;
  output: Writable;
  /** Called when the user leaves (exit or end of input). */
  onClose?: () => void;
  /** Called when answering a line failed outside the command layer. */
  onError?: (error: unknown) => void;
}

/** The person at the terminal runs the bot, so they are its local operator and may curate. */
export function localOperator(): Actor {
  const name = safeUserName();
  return { platform: 'console', userId: name, displayName: name, isLocalOperator: true };
}

/**
 * A line-based chat over stdin/stdout using the same command layer as the chat platforms.
 * Typing the number of a "did you mean" suggestion is the console's version of a button.
 */
export function startConsoleAdapter({ dispatcher, input, output, onClose, onError }: ConsoleOptions): RunningAdapter {
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const actor = localOperator();
  // The pending pick: the last reply's suggestions, and its language, which the picked answer keeps.
  let lastSuggestions: Reply['suggestions'] = [];
  let lastLanguage: Reply['language'];
  let queue = Promise.resolve();

  const write = (text: string) => output.write(`${text}\n`);
  const prompt = () => interactive && lines.prompt();

  write(CONSOLE_GREETING);
  prompt();

  lines.on('line', (line) => {
    // Lines are answered one at a time, in order, even when pasted or piped in quickly.
    queue = queue.then(async () => {
      const text = line.trim();
      if (EXIT_WORDS.has(text.toLowerCase())) {
        lines.close();
        return;
      }
      const isPick = /^\d{1,2}$/.test(text) && lastSuggestions.length > 0;
      const picked = isPick ? lastSuggestions[Number(text) - 1] : undefined;
      const reply = picked
        ? await dispatcher.handleCommand({ actor, location: 'console', commandName: SUGGESTION_COMMAND, options: { id: picked.factId }, language: lastLanguage ?? 'en' })
        : isPick
          ? pickOutOfRangeReply(lastSuggestions.length, lastLanguage)
          : await dispatcher.handleText({ actor, location: 'console', text: line });
      if (!isPick || picked) [lastSuggestions, lastLanguage] = [reply.suggestions, reply.language];
      write(`${renderReplyAsText(reply)}\n`);
      prompt();
    }).catch((error: unknown) => {
      // One failed line (a closed terminal, say) must not silence every line after it.
      onError?.(error);
    });
  });

  const closed = new Promise<void>((resolve) => lines.once('close', resolve));
  void closed.then(() => queue).then(() => onClose?.());

  return {
    name: 'console',
    async stop() {
      lines.close();
      await closed;
      await queue;
    },
  };
}

function safeUserName(): string {
  try {
    return userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}
