/** One bot on one fake platform, as the chat benchmark drives it. */
export interface ChatTarget {
  readonly name: string;
  /** Sends the question as the platform would (its number picks the asking user); resolves when the answer arrived. */
  ask(question: string, index: number): Promise<void>;
  /** What the platform saw besides answers (deferrals, edits), to print beside the figures. */
  notes(): string;
  /** CPU seconds the bot's process has used so far: CPU per answer does not depend on what else the machine runs. */
  cpuSeconds(): number;
  /** The bot process's recent log output, shown if it fails. */
  botOutput(): string;
  stop(): Promise<void>;
}
