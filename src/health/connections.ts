import type { BotMetrics } from './metrics';

/** What an adapter is given to tell the health check whether its gateway or socket is up. */
export interface ConnectionReporter {
  report(connected: boolean): void;
}

/** Adapters that were not given a reporter (tests, CLIs) report into nothing. */
export const IGNORED_CONNECTION: ConnectionReporter = Object.freeze({ report() {} });

/**
 * The connection state of every enabled chat platform. A platform counts as down from the moment
 * it is expected until its adapter reports a connection, so a bot still logging in is not healthy.
 */
export interface ConnectionBoard {
  /** Registers an enabled platform (down until reported) and returns its adapter's reporter. */
  expect(platform: string): ConnectionReporter;
  /** Enabled platforms that are not connected right now. */
  down(): string[];
  states(): Record<string, boolean>;
}

export function createConnectionBoard(metrics?: Pick<BotMetrics, 'platformConnected'>): ConnectionBoard {
  const connected = new Map<string, boolean>();
  const set = (platform: string, isConnected: boolean) => {
    connected.set(platform, isConnected);
    metrics?.platformConnected.set({ platform }, isConnected ? 1 : 0);
  };
  return {
    expect(platform) {
      if (!connected.has(platform)) set(platform, false);
      return { report: (isConnected) => set(platform, isConnected) };
    },
    down: () => [...connected].filter(([, isConnected]) => !isConnected).map(([platform]) => platform),
    states: () => Object.fromEntries(connected),
  };
}
