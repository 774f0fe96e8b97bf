/**
 * npm run bench:load — sustained load on the whole app: many concurrent keep-alive
 * connections for a fixed time, across a realistic mix of queries (bench/load/mix.ts), against
 * 127.0.0.1 only. Reports errors by code (the goal is none), p50/p99 latency, throughput and
 * the server's memory before and after; prints a table and saves
 * bench/results/load-latest.json.
 *
 * The app runs in its own process (bench/load/server.ts) over a throw-away embedded Neo4j
 * with the real dataset, or over NEO4J_URI (with the dataset already loaded) when it is set.
 *
 *   npm run bench:load -- --seconds 60 --connections 50 --warmup 5
 *   LOAD_SECONDS=20 LOAD_CONNECTIONS=20 npm run bench:load
 *
 * Every loop is bounded in time and in count, so the run always ends by itself.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import { applySchema } from '../../seed/src/load/applySchema.js';
import { loadDataset } from '../../seed/src/load/loadDataset.js';
import { connect } from '../../server/src/neo4j/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded/startEmbeddedNeo4j.js';
import { projectRoot } from '../../server/src/projectRoot.js';
import { buildMix, picker, random, type Request } from './mix.js';
import type { FromServer, ToServer } from './server.js';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string' },
    connections: { type: 'string' },
    warmup: { type: 'string' },
  },
});
function setting(flag: string | undefined, env: string, fallback: number, max: number): number {
  const raw = flag ?? process.env[env];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new Error(`${env} / --${env.slice(5).toLowerCase()}: expected a number from 1 to ${max}, got ${raw}`);
  return value;
}
const SECONDS = setting(flags.seconds, 'LOAD_SECONDS', 60, 3600);
const CONNECTIONS = Math.round(setting(flags.connections, 'LOAD_CONNECTIONS', 50, 1000));
const WARMUP_SECONDS = setting(flags.warmup, 'LOAD_WARMUP', 5, 600);
/** A request slower than this counts as an error (code TIMEOUT). */
const REQUEST_TIMEOUT_MS = 30_000;
/** Upper bound on requests in one run, whatever the speed: the loop is bounded in count too. */
const MAX_REQUESTS = 5_000_000;
const HOST = '127.0.0.1';
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

interface Sample {
  kind: string;
  ms: number;
  /** Undefined when the request succeeded; else the GraphQL code, HTTP_<status>, TIMEOUT or a socket error code. */
  error?: string;
}

type Memory = Extract<FromServer, { type: 'memory' }>;

async function openDatabase(): Promise<{ uri: string; close(): Promise<void> }> {
  if (process.env.NEO4J_URI) return { uri: process.env.NEO4J_URI, close: async () => undefined };
  const dataDir = mkdtempSync(join(tmpdir(), 'ape-load-neo4j-'));
  let embedded: EmbeddedNeo4j | undefined;
  const close = async () => {
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    console.log('Starting a throw-away embedded Neo4j and loading the dataset…');
    embedded = await startEmbeddedNeo4j({ dataDir, heapMb: 1024, pageCacheMb: 128, log: () => undefined });
    const driver = await connect({ uri: embedded.uri, user: 'neo4j', database, timeoutMs: 60_000, log: () => undefined });
    try {
      await applySchema(driver, database);
      await loadDataset(driver, readDataset().dataset, { database });
    } finally {
      await driver.close();
    }
    return { uri: embedded.uri, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The app in its own process; resolves once it listens. */
function startServer(uri: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(join(projectRoot(), 'bench/load/server.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, NEO4J_URI: uri, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The app did not start within 120 s')), 120_000);
    child.on('message', (message: FromServer) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve({ child, port: message.port });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited during start-up (code ${code})`));
    });
  });
}

function memoryOf(child: ChildProcess, gc = false): Promise<Memory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The app did not report its memory within 30 s')), 30_000);
    timer.unref();
    const onMessage = (message: FromServer) => {
      if (message.type !== 'memory') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory', gc } satisfies ToServer);
  });
}

/** One POST /graphql on a keep-alive connection; never rejects, always ends within the timeout. */
function send(agent: Agent, port: number, { kind, body }: Request): Promise<Sample> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (error?: string) => {
      if (settled) return;
      settled = true;
      resolve({ kind, ms: performance.now() - started, ...(error ? { error } : {}) });
    };
    const req = request(
      { host: HOST, port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'RESPONSE_ERROR'));
        res.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
            if (json.errors?.length) done(json.errors[0]?.extensions?.code ?? 'GRAPHQL_ERROR');
            else if (res.statusCode !== 200 || json.data == null) done(`HTTP_${res.statusCode}`);
            else done();
          } catch {
            done(`HTTP_${res.statusCode}_NOT_JSON`);
          }
        });
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => {
      done('TIMEOUT');
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'REQUEST_ERROR'));
    req.end(body);
  });
}

/** `connections` workers, each one request at a time, until `seconds` pass (or MAX_REQUESTS). */
async function drive(port: number, next: () => Request, connections: number, seconds: number): Promise<{ samples: Sample[]; seconds: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const samples: Sample[] = [];
  const started = performance.now();
  const end = Date.now() + seconds * 1000;
  let issued = 0;
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < end && issued < MAX_REQUESTS) {
          issued += 1;
          samples.push(await send(agent, port, next()));
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return { samples, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function summarize(samples: Sample[], seconds: number) {
  const ok = samples.filter((sample) => !sample.error).map((sample) => sample.ms).sort((a, b) => a - b);
  const errorsByCode: Record<string, number> = {};
  for (const sample of samples) if (sample.error) errorsByCode[sample.error] = (errorsByCode[sample.error] ?? 0) + 1;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: samples.length,
    errors: samples.length - ok.length,
    errorsByCode,
    perSecond: round(samples.length / seconds),
    p50Ms: round(percentile(ok, 0.5)),
    p90Ms: round(percentile(ok, 0.9)),
    p99Ms: round(percentile(ok, 0.99)),
    maxMs: round(ok.at(-1) ?? Number.NaN),
  };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const memoryMb = ({ rss, heapUsed, heapTotal, external }: Memory) => ({ rss: mb(rss), heapUsed: mb(heapUsed), heapTotal: mb(heapTotal), external: mb(external) });

async function main(): Promise<void> {
  const { dataset } = readDataset();
  const db = await openDatabase();
  let child: ChildProcess | undefined;
  try {
    const server = await startServer(db.uri);
    child = server.child;
    const internalErrors: string[] = [];
    child.on('message', (message: FromServer) => {
      if (message.type === 'internal-error' && internalErrors.length < 20) internalErrors.push(message.line);
    });

    // The tools pages past the first: follow the cursors once.
    const cursors: string[] = [];
    const pageQuery = 'query($after: String) { tools(first: 20, after: $after) { pageInfo { hasNextPage endCursor } } }';
    for (let after: string | null = null, page = 0; page < 5; page += 1) {
      const response = await fetch(`http://${HOST}:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: pageQuery, variables: { after } }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const json = (await response.json()) as { data?: { tools: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
      const info = json.data?.tools.pageInfo;
      if (!info) throw new Error(`Paging the tools failed: ${JSON.stringify(json)}`);
      if (!info.hasNextPage || !info.endCursor) break;
      cursors.push(info.endCursor);
      after = info.endCursor;
    }
    const mix = buildMix(dataset, cursors);

    // Every distinct request once (8 at a time): proves the mix is valid (a benchmark of
    // errors measures nothing) and warms the caches.
    const distinct = mix.flatMap((group) => group.requests);
    console.log(`Checking the ${distinct.length} distinct requests of the mix…`);
    const checker = new Agent({ keepAlive: true, maxSockets: 8 });
    try {
      for (let index = 0; index < distinct.length; index += 8) {
        const batch = distinct.slice(index, index + 8);
        const samples = await Promise.all(batch.map((req) => send(checker, server.port, req)));
        const failed = samples.findIndex((sample) => sample.error);
        if (failed >= 0) throw new Error(`A request of the mix fails (${samples[failed]!.error}): ${batch[failed]!.body}`);
      }
    } finally {
      checker.destroy();
    }

    const next = picker(mix, random(42));
    console.log(`Warm-up: ${CONNECTIONS} connections for ${WARMUP_SECONDS} s…`);
    await drive(server.port, next, CONNECTIONS, WARMUP_SECONDS);
    const before = await memoryOf(child, true);
    console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s against http://${HOST}:${server.port}/graphql…`);
    const peak = { rss: before.rss, heapUsed: before.heapUsed };
    const sampler = setInterval(() => {
      void memoryOf(child!).then((memory) => {
        peak.rss = Math.max(peak.rss, memory.rss);
        peak.heapUsed = Math.max(peak.heapUsed, memory.heapUsed);
      }, () => undefined);
    }, 1000);
    const run = await drive(server.port, next, CONNECTIONS, SECONDS);
    clearInterval(sampler);
    const after = await memoryOf(child);
    const afterGc = await memoryOf(child, true);

    const overall = summarize(run.samples, run.seconds);
    const byKind = mix.map((group) => ({ kind: group.kind, weight: group.weight, ...summarize(run.samples.filter((sample) => sample.kind === group.kind), run.seconds) }));
    const result = {
      date: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version },
      settings: { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, requestTimeoutMs: REQUEST_TIMEOUT_MS, host: HOST, database: process.env.NEO4J_URI ? 'NEO4J_URI' : 'embedded (real dataset)' },
      overall,
      byKind,
      serverMemoryMb: { before: memoryMb(before), after: memoryMb(after), afterGc: memoryMb(afterGc), peak: { rss: mb(peak.rss), heapUsed: mb(peak.heapUsed) } },
      internalErrors,
    };

    const pad = (value: unknown, width: number) => String(value).padStart(width);
    console.log(`\n${CONNECTIONS} connections, ${run.seconds.toFixed(1)} s, ${result.machine.cores} cores; latency of successful requests in ms\n`);
    console.log(`${'kind'.padEnd(24)}${pad('share', 6)}${pad('requests', 10)}${pad('errors', 8)}${pad('req/s', 9)}${pad('p50', 8)}${pad('p90', 8)}${pad('p99', 8)}${pad('max', 8)}`);
    for (const row of [...byKind, { kind: 'all', weight: 100, ...overall }]) {
      console.log(
        `${row.kind.padEnd(24)}${pad(`${row.weight}%`, 6)}${pad(row.requests, 10)}${pad(row.errors, 8)}${pad(row.perSecond, 9)}${pad(row.p50Ms, 8)}${pad(row.p90Ms, 8)}${pad(row.p99Ms, 8)}${pad(row.maxMs, 8)}`,
      );
    }
    console.log(`\nErrors by code: ${overall.errors === 0 ? 'none' : JSON.stringify(overall.errorsByCode)}`);
    const m = result.serverMemoryMb;
    console.log(`Server memory (MB): before RSS ${m.before.rss}, heap ${m.before.heapUsed} | peak RSS ${m.peak.rss}, heap ${m.peak.heapUsed} | after RSS ${m.after.rss}, heap ${m.after.heapUsed} | after GC heap ${m.afterGc.heapUsed}`);
    if (internalErrors.length > 0) console.log(`Internal errors logged by the app:\n${internalErrors.join('\n')}`);

    const dir = join(projectRoot(), 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'load-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log('Saved bench/results/load-latest.json');
    if (overall.errors > 0) process.exitCode = 1;
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.send({ type: 'stop' } satisfies ToServer);
      const timer = setTimeout(() => child!.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
