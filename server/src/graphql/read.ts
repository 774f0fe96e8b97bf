import neo4j, { type Driver } from 'neo4j-driver';
import { fromDatabaseError } from './errors.js';

/** JavaScript numbers travel as floats; LIMIT, slices and integer lists need Cypher integers. */
export const int = (value: number) => neo4j.int(value);

/** Runs one parameterized read and returns its records as plain objects: one round trip. */
export type Read = <T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

/**
 * Every API read goes through here: a read transaction (routed to a reader in a cluster),
 * on the named database, with a timeout so no request can hold the database for long.
 */
export function createRead(driver: Driver, database: string, timeoutMs: number): Read {
  return async <T>(cypher: string, params: Record<string, unknown> = {}) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const records = await session.executeRead((tx) => tx.run(cypher, params).then((result) => result.records), {
        timeout: timeoutMs,
      });
      return records.map((record) => record.toObject() as T);
    } catch (error) {
      throw fromDatabaseError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  };
}
