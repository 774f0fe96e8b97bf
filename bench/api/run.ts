/**
 * npm run bench:api — every public query under concurrent load, through the GraphQL API
 * (HTTP on 127.0.0.1) and through the bare neo4j-driver running the same Cypher, on the real
 * dataset. Prints a table and saves JSON under bench/results/.
 *
 * Uses NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD) when set and assumes the dataset is
 * loaded there; otherwise starts a throw-away embedded Neo4j and loads the dataset into it.
 * BENCH_SECONDS (default 5) and BENCH_CONCURRENCY (default 8) tune the load.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import { applySchema } from '../../seed/src/load/applySchema.js';
import { loadDataset } from '../../seed/src/load/loadDataset.js';
import { createApp } from '../../server/src/http/createApp.js';
import { connect } from '../../server/src/neo4j/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded/startEmbeddedNeo4j.js';
import { projectRoot } from '../../server/src/projectRoot.js';
import { runLoad, type LoadResult } from './load.js';
import { SCENARIOS } from './scenarios.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

async function openBenchDatabase(): Promise<{ driver: Driver; close(): Promise<void> }> {
  if (process.env.NEO4J_URI) {
    const driver = await connect({ uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD, database, timeoutMs: 60_000 });
    return { driver, close: () => driver.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ape-bench-neo4j-'));
  let embedded: EmbeddedNeo4j | undefined;
  try {
    console.log('Starting a throw-away embedded Neo4j and loading the dataset…');
    embedded = await startEmbeddedNeo4j({ dataDir, heapMb: 1024, log: () => undefined });
    const driver = await connect({ uri: embedded.uri, user: 'neo4j', database, timeoutMs: 60_000, log: () => undefined });
    await applySchema(driver, database);
    await loadDataset(driver, readDataset().dataset, { database });
    return {
      driver,
      async close() {
        await driver.close();
        await embedded?.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function main(): Promise<void> {
  const db = await openBenchDatabase();
  const { app, stop } = await createApp({ driver: db.driver, database });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const results: { scenario: string; graphql: LoadResult; raw: LoadResult }[] = [];
  try {
    for (const scenario of SCENARIOS) {
      const body = JSON.stringify(scenario.graphql);
      const viaGraphql = async () => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await response.json()) as { errors?: unknown };
        if (!response.ok || json.errors) throw new Error(JSON.stringify(json.errors));
      };
      const viaDriver = async () => {
        const session = db.driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          for (const { statement, params } of scenario.cypher) {
            await session.executeRead((tx) => tx.run(statement, params).then((result) => result.records));
          }
        } finally {
          await session.close();
        }
      };
      await viaGraphql(); // fail fast on a broken scenario
      const options = { concurrency, seconds, warmupSeconds: 1 };
      const graphql = await runLoad(viaGraphql, options);
      const raw = await runLoad(viaDriver, options);
      results.push({ scenario: scenario.name, graphql, raw });
      console.log(`  ${scenario.name}: done`);
    }
  } finally {
    server.closeAllConnections();
    server.close();
    await stop();
    await db.close();
  }

  const fmt = (value: number) => value.toFixed(1).padStart(7);
  console.log(`\n${concurrency} concurrent clients, ${seconds}s per measurement; latency in ms\n`);
  console.log(`${'query'.padEnd(32)} | ${'GraphQL API: p50     p95     p99   req/s'.padEnd(42)} | raw driver: p50     p95     p99   req/s`);
  for (const { scenario, graphql, raw } of results) {
    const cells = (r: LoadResult) => `${fmt(r.medianMs)} ${fmt(r.p95Ms)} ${fmt(r.p99Ms)} ${fmt(r.perSecond)}${r.errors ? ` (${r.errors} errors)` : ''}`;
    console.log(`${scenario.padEnd(32)} | ${cells(graphql).padEnd(42)} | ${cells(raw)}`);
  }
  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, concurrency, seconds, results }, null, 2)}\n`);
  console.log(`\nSaved ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
