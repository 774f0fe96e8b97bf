import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '../../server/src/neo4j/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded/startEmbeddedNeo4j.js';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import { formatError } from '../../seed/src/dataset/types.js';
import { applySchema } from '../../seed/src/load/applySchema.js';
import { loadDataset } from '../../seed/src/load/loadDataset.js';

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

/**
 * Starts a throw-away embedded Neo4j (or uses NEO4J_TEST_URI), loads the real dataset once,
 * and removes the database at the end. Tests read the dataset; tests that write use their
 * own uniquely named data and remove it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_TEST_URI;
  const user = process.env.NEO4J_TEST_USER ?? 'neo4j';
  const password = process.env.NEO4J_TEST_PASSWORD ?? '';
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'ape-test-neo4j-'));
    embedded = await startEmbeddedNeo4j({ dataDir, heapMb: 1024, log: (line) => console.log(`[neo4j] ${line}`) });
    uri = embedded.uri;
  }
  const teardown = async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const driver = await connect({ uri, user, password, database: 'neo4j', timeoutMs: 60_000 });
    try {
      const { dataset, errors } = readDataset();
      if (errors.length > 0) throw new Error(`The dataset is invalid (run npm run seed:check):\n${errors.map(formatError).join('\n')}`);
      await applySchema(driver);
      await loadDataset(driver, dataset);
    } finally {
      await driver.close();
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('neo4j', { uri, user, password, database: 'neo4j' });

  return teardown;
}
