/**
 * The database goes away while the app is serving, then comes back. Users depend on three
 * things: requests fail fast with a code they can act on (SERVICE_UNAVAILABLE, not a hang or
 * an opaque internal error), the probes tell a load balancer the truth (/healthz alive,
 * /readyz not ready), and the API recovers by itself once the database is back, with no
 * restart of the app. This file starts its own Neo4j so it can stop and restart it on the
 * same Bolt port and data folder without touching the shared test database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import { applySchema } from '../../seed/src/load/applySchema.js';
import { loadDataset } from '../../seed/src/load/loadDataset.js';
import { connect } from '../../server/src/neo4j/connect.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded/startEmbeddedNeo4j.js';
import { uniquePrefix } from '../support/database.js';
import { baseFixture, writeFixture } from '../support/fixtureDataset.js';
import { startTestServer, type TestServer } from '../support/http.js';

// A small fixture keeps the start short; the outage does not depend on the data.
const PREFIX = uniquePrefix();
const ENTITY = `{ entity(id: "${PREFIX}-council") { id name } }`;
const SEARCH = '{ search(text: "Test Council", first: 5) { entity { id } } }';

/** What one request through the API gave: its duration, status and first error code. */
interface Outcome {
  ms: number;
  status: number;
  code?: string;
  ok: boolean;
}

const dataDir = mkdtempSync(join(tmpdir(), 'ape-outage-neo4j-'));
const fixtureDir = writeFixture(baseFixture(PREFIX)).dir;
// A fixed port, so the restarted database is where the app's driver already points.
const port = await freePort();
const startNeo4j = () => startEmbeddedNeo4j({ dataDir, port, heapMb: 512, pageCacheMb: 64, log: () => undefined });
let neo4j: EmbeddedNeo4j | undefined;
let driver: Driver | undefined;
const internalErrors: string[] = [];

// Registered first, so it runs last: after startTestServer's hook has closed the HTTP server.
afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  for (const dir of [dataDir, fixtureDir]) rmSync(dir, { recursive: true, force: true });
});

neo4j = await startNeo4j();
driver = await connect({ uri: neo4j.uri, user: 'neo4j', database: 'neo4j', timeoutMs: 30_000, log: () => undefined });
await applySchema(driver);
const fixture = readDataset(fixtureDir);
if (fixture.errors.length > 0) throw new Error(`fixture invalid: ${JSON.stringify(fixture.errors)}`);
await loadDataset(driver, fixture.dataset);
// The app's masked internal errors land here: an outage must not produce any.
const server: TestServer = await startTestServer({ driver, database: 'neo4j', log: (line) => internalErrors.push(line) });

async function query(text: string): Promise<Outcome> {
  const started = performance.now();
  const { status, body } = await server.graphql(text);
  const ms = performance.now() - started;
  const code = body.errors?.[0]?.extensions?.code;
  return { ms, status, ok: status === 200 && !body.errors && body.data != null, ...(code ? { code } : {}) };
}

async function probe(path: '/healthz' | '/readyz'): Promise<number> {
  return (await fetch(`${server.url}${path}`)).status;
}

/** Keeps requests flowing until stopped: one client at a time, bounded in count and time. */
function backgroundTraffic() {
  const outcomes: Outcome[] = [];
  let stopped = false;
  const deadline = Date.now() + 240_000;
  const done = (async () => {
    for (let i = 0; i < 20_000 && !stopped && Date.now() < deadline; i += 1) {
      outcomes.push(await query(i % 2 === 0 ? ENTITY : SEARCH));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    outcomes,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

describe('a database outage while serving', () => {
  it('fails fast with SERVICE_UNAVAILABLE, reports not ready, and recovers by itself when the database is back', async () => {
    // Both queries once first: a cold database plans a query slowly, and that is not what
    // this test is about.
    expect(await query(ENTITY)).toMatchObject({ ok: true });
    expect(await query(SEARCH)).toMatchObject({ ok: true });
    expect(await probe('/readyz')).toBe(200);

    const traffic = backgroundTraffic();
    try {
      // Let some requests succeed first, so the pool holds live connections that go stale.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await neo4j!.stop();
      neo4j = undefined;

      // Down: every request fails fast, with the code a client can retry on.
      for (const text of [ENTITY, SEARCH, ENTITY, SEARCH, ENTITY]) {
        const outcome = await query(text);
        expect(outcome).toMatchObject({ ok: false, code: 'SERVICE_UNAVAILABLE', status: 503 });
        expect(outcome.ms).toBeLessThan(3_000);
      }
      // The process is alive; it is not ready to serve.
      expect(await probe('/healthz')).toBe(200);
      const readyStarted = performance.now();
      expect(await probe('/readyz')).toBe(503);
      expect(performance.now() - readyStarted).toBeLessThan(3_000);

      // Back on the same port and data folder: the app notices by itself, no restart.
      neo4j = await startNeo4j();
      const deadline = Date.now() + 30_000;
      let recovered: Outcome | undefined;
      while (Date.now() < deadline) {
        const outcome = await query(ENTITY);
        if (outcome.ok) {
          recovered = outcome;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(recovered, 'the API answers again within 30 s of the database being back').toBeDefined();
      expect(await probe('/readyz')).toBe(200);
      // And it stays recovered: stale pooled connections are not handed out again.
        for (const text of [ENTITY, SEARCH, ENTITY, SEARCH]) expect(await query(text)).toMatchObject({ ok: true });
    } finally {
      await traffic.stop();
    }

    // Throughout, while requests kept flowing, a failure was only ever SERVICE_UNAVAILABLE
    // (never a masked internal error) and none of them hung.
    const failures = traffic.outcomes.filter((outcome) => !outcome.ok);
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures.map((outcome) => outcome.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(internalErrors).toEqual([]);
    // A request caught in flight while the database shuts down waits for it, briefly.
    expect(Math.max(...failures.map((outcome) => outcome.ms))).toBeLessThan(10_000);
    expect(traffic.outcomes.at(-1)).toMatchObject({ ok: true });
  }, 180_000);
});
