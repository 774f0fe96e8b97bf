import { loadConfig } from '../config.js';
import { openDatabase, type Database } from './openDatabase.js';

/** Opens the configured database for a command-line task and always closes it. */
export async function withDatabase<T>(task: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig());
  const stop = () => void db.close().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await task(db);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await db.close();
  }
}
