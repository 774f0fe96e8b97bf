import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { projectRoot } from '../projectRoot.js';
import { connect } from './connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/startEmbeddedNeo4j.js';

export interface Database {
  driver: Driver;
  /** The Neo4j database name every query names explicitly. */
  database: string;
  uri: string;
  embedded?: EmbeddedNeo4j;
  /** Closes the driver, then stops the embedded JVM if we started one. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when it is set; otherwise starts the embedded Neo4j on a free port
 * with its data in NEO4J_DATA_DIR (relative paths are taken from the project root, so
 * every command finds the same data).
 */
export async function openDatabase(config: Config, log: (line: string) => void = console.log): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    const dataDir = resolve(projectRoot(), config.NEO4J_DATA_DIR);
    log(`Starting the embedded Neo4j (data in ${dataDir})…`);
    embedded = await startEmbeddedNeo4j({
      dataDir,
      port: config.NEO4J_BOLT_PORT,
      password: config.NEO4J_PASSWORD,
      heapMb: config.NEO4J_HEAP_MB,
      pageCacheMb: config.NEO4J_PAGECACHE_MB,
      log,
    });
    uri = embedded.uri;
    log(`Neo4j is up at ${uri} (Java ${embedded.jdk.version}).`);
  }
  try {
    const driver = await connect({
      uri,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      timeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
      log,
    });
    return {
      driver,
      database: config.NEO4J_DATABASE,
      uri,
      ...(embedded ? { embedded } : {}),
      async close() {
        await driver.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

