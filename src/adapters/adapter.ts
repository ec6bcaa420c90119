/** A started platform connection that main can stop on shutdown. */
export interface RunningAdapter {
  readonly name: string;
  /** Stops taking new work, lets in-flight replies finish, then disconnects. */
  stop(): Promise<void>;
}
