import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { connect } from '../../server/src/neo4j/connect.js';

/** The shared test database started by test/setup/neo4j.ts. */
export function testDatabase() {
  return inject('neo4j');
}

/** A driver to the shared test database, closed after the file's tests. */
export async function testDriver(): Promise<Driver> {
  const { uri, user, password, database } = testDatabase();
  const driver = await connect({ uri, user, password, database, timeoutMs: 30_000, log: () => undefined });
  afterAll(() => driver.close());
  return driver;
}

/** A short random prefix so a test's ids and dataset name never collide with another's. */
export function uniquePrefix(): string {
  return `t${randomBytes(4).toString('hex')}`;
}
