import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase, testDriver } from '../support/database.js';
import { startTestServer } from '../support/http.js';
import { helpers } from './apiTestServer.js';

const database = testDatabase().database;
const driver = await testDriver();
const clientDir = mkdtempSync(join(tmpdir(), 'ape-graphiql-'));
writeFileSync(join(clientDir, 'graphiql.html'), '<!doctype html><title>GraphiQL test page</title>');
const server = await startTestServer({ driver, database, clientDir });
const { query, queryError } = helpers(server);

// A driver pointing at a port where no database listens: the database is down.
const downDriver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', ''), {
  connectionTimeout: 1_000,
  maxTransactionRetryTime: 0,
  logging: { level: 'error', logger: () => undefined },
});
afterAll(() => downDriver.close());
const down = helpers(await startTestServer({ driver: downDriver, database }));

// A driver whose reads fail unexpectedly, with Cypher in the message, as a driver bug might.
const brokenDriver = new Proxy(driver, {
  get(target, property, receiver) {
    if (property !== 'session') return Reflect.get(target, property, receiver);
    return () => ({
      executeRead: () => Promise.reject(new Error('Unexpected failure in MATCH (n:Entity) RETURN n')),
      close: () => Promise.resolve(),
    });
  },
}) as Driver;
const loggedErrors: string[] = [];
const broken = await startTestServer({ driver: brokenDriver, database, log: (line) => loggedErrors.push(line) });

describe('errors', () => {
  it('answers SERVICE_UNAVAILABLE when the database is down', async () => {
    const error = await down.queryError('{ search(text: "UNSC") { score } }');
    expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/database is unavailable/);
  });

  it('masks unexpected errors: no stack trace, no driver message, no Cypher; the detail goes to the log', async () => {
    const { body } = await broken.graphql('{ entity(id: "un-security-council") { id } }');
    const text = JSON.stringify(body);
    expect(body.errors?.[0]).toMatchObject({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(text).not.toMatch(/MATCH|stacktrace|at .*\.ts/);
    expect(loggedErrors.join('\n')).toContain('MATCH (n:Entity)');
  });

  it('includes no stack trace in a user error either', async () => {
    const { body } = await server.graphql('{ neighborhood(ids: ["atlantis"]) { truncated } }');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace/);
  });

  it('limits query depth and aliases (graphql-armor)', async () => {
    const deep = '{ entity(id: "un-security-council") { relationships { to { relationships { to { relationships { to { relationships { to { relationships { to { relationships { to { id } } } } } } } } } } } } } }';
    const depth = await queryError(deep);
    expect(depth.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(depth.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 20 }, (_, index) => `a${index}: situations { id }`).join(' ')} }`;
    const alias = await queryError(aliases);
    expect(alias.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(alias.message).toMatch(/alias/i);
  });

  it('describes every type, field, argument and enum value (introspection is the manual)', async () => {
    const { __schema } = await query(/* GraphQL */ `{
      __schema { types {
        name kind description
        fields { name description args { name description } }
        inputFields { name description }
        enumValues { name description }
      } }
    }`);
    const missing: string[] = [];
    for (const type of __schema.types as { name: string; kind: string; description: string | null; fields: { name: string; description: string | null }[] | null; inputFields: { name: string; description: string | null }[] | null; enumValues: { name: string; description: string | null }[] | null }[]) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (type.name !== 'Query' && !type.description) missing.push(type.name);
      for (const field of [...(type.fields ?? []), ...(type.inputFields ?? []), ...(type.enumValues ?? [])]) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('serves the bundled GraphiQL page to a browser at /graphql, and JSON to programs', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL test page');
    const { status, body } = await server.graphql<{ situations: unknown[] }>('{ situations { id } }');
    expect(status).toBe(200);
    expect(body.data?.situations.length).toBeGreaterThan(0);
  });

  it('says how to get GraphiQL when the client is not built', async () => {
    const bare = await startTestServer({ driver, database });
    const response = await fetch(`${bare.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/GraphQL API/);
  });
});
