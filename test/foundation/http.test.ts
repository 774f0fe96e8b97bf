import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDatabase, testDriver } from '../support/database.js';
import { startTestServer } from '../support/http.js';

const driver = await testDriver();
const clientDir = mkdtempSync(join(tmpdir(), 'ape-client-'));
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Explorer test page</title>');
const server = await startTestServer({ driver, database: testDatabase().database, clientDir });

describe('one port for API and client', () => {
  it('answers a GraphQL query with data from Neo4j', async () => {
    const { status, body } = await server.graphql<{ database: { version: string; edition: string; nodeCount: number; relationshipCount: number } }>(
      '{ database { version edition nodeCount relationshipCount } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.database.version).toMatch(/^5\.26\.\d+$/);
    expect(body.data?.database.edition).toBe('community');
    // The dataset loaded by the test setup: hundreds of entities and relationships.
    expect(body.data?.database.nodeCount).toBeGreaterThan(200);
    expect(body.data?.database.relationshipCount).toBeGreaterThan(500);
  });

  it('serves the client page at / and at client-side routes', async () => {
    for (const path of ['/', '/explore/un-security-council']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Explorer test page');
    }
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
