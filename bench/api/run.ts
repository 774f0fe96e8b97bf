/**
 * npm run bench:api [-- --scales 1,100,1000] [--only NAME,NAME…]
 *
 * The default scales are 1, 100 and 1000: about 15 minutes on 2 cores, 5 of them loading
 * the 999 copies of 1000x; `-- --scales 1,100` takes about 5 minutes.
 *
 * Every public query under concurrent load, through the GraphQL API (HTTP on 127.0.0.1),
 * through the bare neo4j-driver running the same Cypher, and, for entity, neighborhood and
 * search, through the official @neo4j/graphql library over the same database (bench/api/
 * peer.ts), at each scale: 1 is the real dataset, 100 and 1000 add 99 and 999 synthetic
 * copies of it (seed/src/synthetic/). Prints a table and saves JSON under bench/results/
 * (api-latest.json and a timestamped copy).
 *
 * Without NEO4J_URI it starts a throw-away embedded Neo4j (NEO4J_HEAP_MB, default 2048;
 * NEO4J_PAGECACHE_MB, default 1024 here) and loads everything into it. With NEO4J_URI it
 * assumes the real dataset is loaded there, adds the synthetic copies it needs, and removes
 * them at the end. BENCH_SECONDS (default 5) and BENCH_CONCURRENCY (default 8) tune the load.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import { applySchema } from '../../seed/src/load/applySchema.js';
import { loadDataset } from '../../seed/src/load/loadDataset.js';
import { loadSynthetic, removeSynthetic, syntheticScale } from '../../seed/src/synthetic/loadSynthetic.js';
import { createApp } from '../../server/src/http/createApp.js';
import { connect } from '../../server/src/neo4j/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded/startEmbeddedNeo4j.js';
import { projectRoot } from '../../server/src/projectRoot.js';
import { runLoad, type LoadResult } from './load.js';
import { PEER_QUERIES, startPeer } from './peer.js';
import { SCENARIOS } from './scenarios.js';

const { values } = parseArgs({
  options: { scales: { type: 'string', default: process.env.BENCH_SCALES ?? '1,100,1000' }, only: { type: 'string' } },
  strict: true,
});
const scales = values.scales.split(',').map((text) => Number(text.trim()));
if (scales.some((scale) => !Number.isInteger(scale) || scale < 1 || scale > 10_000)) {
  console.error(`--scales takes whole numbers from 1 to 10000 separated by commas, not "${values.scales}"`);
  process.exit(1);
}
scales.sort((a, b) => a - b);
const only = values.only?.split(',').map((text) => text.trim().toLowerCase());
const scenarios = SCENARIOS.filter((scenario) => !only || only.some((word) => scenario.name.toLowerCase().includes(word)));

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const heapMb = Number(process.env.NEO4J_HEAP_MB ?? 2048);
const pageCacheMb = Number(process.env.NEO4J_PAGECACHE_MB ?? 1024);
/** Same as the API's default QUERY_TIMEOUT_MS, so a runaway query cannot stall the run. */
const RAW_TIMEOUT_MS = 10_000;
const HTTP_TIMEOUT_MS = 30_000;

/** Which @neo4j/graphql query stands beside which scenario. */
const PEER_FOR: Record<string, string> = {
  'search "UNSC"': PEER_QUERIES.search,
  'entity + relationships': PEER_QUERIES.entity,
  'neighborhood depth 2': PEER_QUERIES.neighborhood,
};

interface BenchDatabase {
  driver: Driver;
  embedded: boolean;
  close(): Promise<void>;
}

async function openBenchDatabase(): Promise<BenchDatabase> {
  if (process.env.NEO4J_URI) {
    const driver = await connect({ uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD, database, timeoutMs: 60_000 });
    return { driver, embedded: false, close: () => driver.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ape-bench-neo4j-'));
  let embedded: EmbeddedNeo4j | undefined;
  try {
    console.log(`Starting a throw-away embedded Neo4j (heap ${heapMb} MB, page cache ${pageCacheMb} MB) and loading the dataset…`);
    embedded = await startEmbeddedNeo4j({ dataDir, heapMb, pageCacheMb, log: () => undefined });
    const driver = await connect({ uri: embedded.uri, user: 'neo4j', database, timeoutMs: 60_000, log: () => undefined });
    await applySchema(driver, database);
    await loadDataset(driver, readDataset().dataset, { database });
    return {
      driver,
      embedded: true,
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

async function count(driver: Driver, cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher, {}, { database });
  return Number(records[0]?.get(0) ?? 0);
}

/** A GraphQL POST that fails on an HTTP error, a GraphQL error or a timeout. */
function graphqlTask(url: string, query: { query: string; variables?: Record<string, unknown> }): () => Promise<void> {
  const body = JSON.stringify(query);
  return async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    const json = (await response.json()) as { errors?: unknown };
    if (!response.ok || json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
  };
}

interface ScenarioResult {
  scenario: string;
  graphql: LoadResult;
  raw: LoadResult;
  peer?: LoadResult;
  /** First error message seen, if any (a timeout, typically). */
  error?: string;
}

interface ScaleResult {
  scale: number;
  nodes: number;
  relationships: number;
  /** Seconds to load this scale's synthetic copies (0 for the real dataset). */
  loadSeconds: number;
  results: ScenarioResult[];
}

async function measureScale(db: BenchDatabase, apiUrl: string, peerUrl: string): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const options = { concurrency, seconds, warmupSeconds: 1 };
  for (const scenario of scenarios) {
    let error: string | undefined;
    const remember = (task: () => Promise<void>) => async () => {
      try {
        await task();
      } catch (caught) {
        error ??= caught instanceof Error ? caught.message : String(caught);
        throw caught;
      }
    };
    const viaGraphql = remember(graphqlTask(apiUrl, scenario.graphql));
    const viaDriver = remember(async () => {
      const session = db.driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        for (const { statement, params } of scenario.cypher) {
          await session.executeRead((tx) => tx.run(statement, params).then((result) => result.records), { timeout: RAW_TIMEOUT_MS });
        }
      } finally {
        await session.close();
      }
    });
    const graphql = await runLoad(viaGraphql, options);
    const raw = await runLoad(viaDriver, options);
    const peerQuery = PEER_FOR[scenario.name];
    const peer = peerQuery ? await runLoad(remember(graphqlTask(peerUrl, { query: peerQuery })), options) : undefined;
    results.push({ scenario: scenario.name, graphql, raw, ...(peer ? { peer } : {}), ...(error ? { error } : {}) });
    console.log(`  ${scenario.name}: done${error ? ` (errors: ${error.slice(0, 160)})` : ''}`);
  }
  return results;
}

function printTable(all: ScaleResult[]): void {
  const fmt = (value: number) => (Number.isNaN(value) ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(1)).padStart(6);
  const cells = (r: LoadResult | undefined) =>
    r ? `${fmt(r.medianMs)} ${fmt(r.p95Ms)} ${fmt(r.p99Ms)} ${fmt(r.perSecond)}${r.errors ? ` !${r.errors}` : ''}` : '';
  const head = 'p50    p95    p99  req/s';
  console.log(`\n${concurrency} concurrent clients, ${seconds}s per measurement, ${cpus().length} cores; latency in ms; !N = N failed requests (timeouts)\n`);
  console.log(`${'scale'.padEnd(20)} ${'query'.padEnd(30)} | ${`our API: ${head}`.padEnd(38)} | ${`raw driver: ${head}`.padEnd(40)} | @neo4j/graphql: ${head}`);
  for (const { scale, nodes, relationships, results } of all) {
    for (const { scenario, graphql, raw, peer } of results) {
      const where = `${scale}x (${Math.round(nodes / 1000)}k/${Math.round(relationships / 1000)}k)`;
      console.log(`${where.padEnd(20)} ${scenario.padEnd(30)} | ${`         ${cells(graphql)}`.padEnd(38)} | ${`            ${cells(raw)}`.padEnd(40)} | ${peer ? `                ${cells(peer)}` : ''}`);
    }
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const real = readDataset().dataset;
  const db = await openBenchDatabase();
  const startingScale = await syntheticScale(db.driver, real, database);
  if (startingScale > 1 && !db.embedded) {
    throw new Error(`The database at NEO4J_URI already holds synthetic data (${startingScale}x); remove it first: npm run seed -- --synthetic 0`);
  }
  const { app, stop } = await createApp({ driver: db.driver, database, log: () => undefined });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const peer = await startPeer(db.driver, database);
  const all: ScaleResult[] = [];
  let current = 1;
  try {
    // Fail fast on a broken scenario, before loading anything big.
    for (const scenario of scenarios) await graphqlTask(apiUrl, scenario.graphql)();
    for (const query of Object.values(PEER_QUERIES)) await graphqlTask(peer.url, { query })();
    for (const scale of scales) {
      let loadSeconds = 0;
      if (scale > current) {
        const loading = Date.now();
        console.log(`Growing the database from ${current}x to ${scale}x (synthetic copies ${current} to ${scale - 1}, batches of 10,000)…`);
        let last = 0;
        await loadSynthetic(db.driver, real, scale, {
          database,
          fromCopy: current,
          onProgress: (line) => {
            if (Date.now() - last > 10_000) console.log(`  ${line}`);
            last = Date.now() - last > 10_000 ? Date.now() : last;
          },
        });
        await db.driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database });
        loadSeconds = (Date.now() - loading) / 1000;
        current = scale;
        console.log(`  loaded in ${loadSeconds.toFixed(0)} s`);
      }
      const nodes = await count(db.driver, 'MATCH (n) RETURN count(n)');
      const relationships = await count(db.driver, 'MATCH ()-[r]->() RETURN count(r)');
      console.log(`Scale ${scale}x: ${nodes} nodes, ${relationships} relationships`);
      all.push({ scale, nodes, relationships, loadSeconds, results: await measureScale(db, apiUrl, peer.url) });
    }
  } finally {
    server.closeAllConnections();
    server.close();
    await stop();
    await peer.stop();
    if (!db.embedded && current > 1) await removeSynthetic(db.driver, { database, onProgress: (line) => console.log(line) });
    await db.close();
  }

  printTable(all);
  const dir = join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString();
  const json = `${JSON.stringify(
    { date, node: process.version, cores: cpus().length, concurrency, seconds, heapMb, pageCacheMb, totalSeconds: Math.round((Date.now() - started) / 1000), scales: all },
    null,
    2,
  )}\n`;
  const file = join(dir, `api-${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'api-latest.json'), json);
  console.log(`\nSaved ${file} and bench/results/api-latest.json (${Math.round((Date.now() - started) / 1000)} s in all)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
