/**
 * `npm start`: configuration → Neo4j (NEO4J_URI or the embedded one) → schema and, on an
 * empty database, the dataset → HTTP server with the API and the client on one port.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { applySchema } from '../../seed/src/load/applySchema.js';
import { loadDataset } from '../../seed/src/load/loadDataset.js';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import { formatError } from '../../seed/src/dataset/types.js';
import { apiSettings, httpSettings, loadConfig } from './config.js';
import { explainFatal } from './explainFatal.js';
import { createApp } from './http/createApp.js';
import { openDatabase, type Database } from './neo4j/openDatabase.js';
import { projectRoot } from './projectRoot.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, log);
  let server: Server | undefined;
  let stopApp: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: shutting down…`);
    server?.close();
    server?.closeAllConnections();
    await stopApp?.().catch(() => undefined);
    await db.close();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await prepareDatabase(db);
    const app = await createApp({ driver: db.driver, database: db.database, clientDir: join(projectRoot(), 'client', 'dist'), api: apiSettings(config), http: httpSettings(config) });
    stopApp = app.stop;
    server = createServer(app.app);
    await listen(server, config.PORT, config.HOST);
    const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    log(`\nReady: http://${shownHost}:${config.PORT}/  (GraphQL API at /graphql)`);
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Constraints and indexes always; the dataset only when the database holds none yet. */
async function prepareDatabase(db: Database): Promise<void> {
  await applySchema(db.driver, db.database);
  const { records } = await db.driver.executeQuery(
    /* Cypher */ 'MATCH (n:Entity) RETURN count(n) AS entities',
    {},
    { database: db.database },
  );
  const entities = Number(records[0]?.get('entities') ?? 0);
  if (entities > 0) {
    log(`The database holds ${entities} entities; keeping them (run \`npm run seed\` to reload the files).`);
    return;
  }
  log('The database is empty: loading the dataset…');
  const { dataset, errors } = readDataset();
  if (errors.length > 0) {
    throw new Error(`The dataset has ${errors.length} error(s):\n${errors.slice(0, 20).map(formatError).join('\n')}\nRun \`npm run seed:check\`.`);
  }
  const result = await loadDataset(db.driver, dataset, { database: db.database, onProgress: (step) => log(`  ${step}`) });
  log(`Loaded ${result.entities} entities and ${result.relationships} relationships.`);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new PortInUseError(`Port ${port} on ${host} is already in use. Stop the program using it, or start on another port: PORT=4001 npm start`));
      } else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

main().catch((error: unknown) => {
  console.error(`\n${explainFatal(error)}`);
  process.exit(1);
});
