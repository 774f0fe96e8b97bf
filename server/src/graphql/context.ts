import type { Driver } from 'neo4j-driver';

/** What every resolver receives: the process-wide driver and the database to name. */
export interface Context {
  driver: Driver;
  database: string;
}
