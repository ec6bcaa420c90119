import type { Logger } from 'pino';
import type { Config } from '../config';
import type { FactStore } from './fact-store';
import { openSqliteStore } from './sqlite-store';

/**
 * The one place that picks the engine: PostgreSQL when DATABASE_URL is set (loaded only
 * then, so the SQLite-only setup never touches the pg driver), else the SQLite file.
 */
export async function openStore(config: Config, logger: Logger): Promise<FactStore> {
  if (config.databaseUrl) {
    const { openPostgresStore } = await import('./postgres-store');
    return openPostgresStore(config.databaseUrl, logger, { questionLogMaxRows: config.questionLogMaxRows });
  }
  return openSqliteStore(config.databasePath, logger, { questionLogMaxRows: config.questionLogMaxRows });
}
