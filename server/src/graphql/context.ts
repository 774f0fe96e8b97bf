import type { Driver } from 'neo4j-driver';
import { createLoaders, type Loaders } from '../capabilities/entity/loaders.js';
import { createRead, type Read } from './read.js';

/** What every resolver receives: the process-wide driver, the database, and per-request helpers. */
export interface Context {
  driver: Driver;
  database: string;
  /** One parameterized read transaction with the configured timeout. */
  read: Read;
  /** Batching loaders, new for each request. */
  loaders: Loaders;
}

/** Builds a request's context; the driver is shared, the loaders are not. */
export function createContext(driver: Driver, database: string, queryTimeoutMs: number): Context {
  const read = createRead(driver, database, queryTimeoutMs);
  return { driver, database, read, loaders: createLoaders(read) };
}
