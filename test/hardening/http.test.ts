import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSettings, httpSettings, loadConfig } from '../../server/src/config.js';
import { testDatabase, testDriver } from '../support/database.js';
import { startTestServer } from '../support/http.js';

const driver = await testDriver();
const database = testDatabase().database;
const clientDir = mkdtempSync(join(tmpdir(), 'ape-hardening-client-'));
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Explorer test page</title>');
writeFileSync(join(clientDir, 'graphiql.html'), '<!doctype html><title>GraphiQL test page</title>');

const server = await startTestServer({ driver, database, clientDir, http: { cspReportOnly: false } });
const partnerServer = await startTestServer({ driver, database, http: { corsOrigins: ['https://partner.example'] } });
const smallBodyServer = await startTestServer({ driver, database, http: { bodyLimit: '1kb' } });
const limitedServer = await startTestServer({ driver, database, http: { rateLimitMax: 3, rateLimitWindowMs: 60_000 } });
const lockedServer = await startTestServer({ driver, database, clientDir, http: { graphiql: false }, api: { introspection: false } });

const QUERY = '{ database { edition } }';
const json = { 'content-type': 'application/json' };

async function post(url: string, body: string, headers: Record<string, string> = json) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  return { response, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('security headers (helmet)', () => {
  it('sends a same-origin content security policy and the usual protections on pages and the API', async () => {
    for (const path of ['/', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('only reports the policy under createApp\'s test defaults, where browser tests evaluate scripts', async () => {
    const response = await fetch(`${partnerServer.url}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('content-security-policy-report-only')).toContain("script-src 'self'");
  });
});

describe('CORS allow-list', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('allows no other origin by default: same-origin pages only', async () => {
    const response = await preflight(server.url, 'https://elsewhere.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const { response: post_ } = await post(server.url, JSON.stringify({ query: QUERY }), { ...json, origin: 'https://elsewhere.example' });
    expect(post_.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the listed origins (CORS_ORIGINS)', async () => {
    const allowed = await preflight(partnerServer.url, 'https://partner.example');
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const { response, body } = await post(partnerServer.url, JSON.stringify({ query: QUERY }), { ...json, origin: 'https://partner.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(body.data).toEqual({ database: { edition: 'community' } });
    const other = await preflight(partnerServer.url, 'https://partner.example.evil.test');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CSRF protection (Apollo csrfPrevention)', () => {
  const expectBlocked = (result: { response: Response; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } }) => {
    expect(result.response.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(result.body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  };

  it('refuses what a cross-site HTML form can send: urlencoded, multipart and text/plain POSTs', async () => {
    expectBlocked(await post(server.url, `query=${encodeURIComponent(QUERY)}`, { 'content-type': 'application/x-www-form-urlencoded' }));
    expectBlocked(await post(server.url, JSON.stringify({ query: QUERY }), { 'content-type': 'text/plain' }));
    const form = new FormData();
    form.set('query', QUERY);
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', body: form });
    expectBlocked({ response, body: (await response.json()) as never });
  });

  it('refuses a plain GET (an <img> or a link) but runs a GET that only a script could send', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent(QUERY)}`;
    const plain = await fetch(url);
    expectBlocked({ response: plain, body: (await plain.json()) as never });
    const scripted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(scripted.status).toBe(200);
    expect(await scripted.json()).toEqual({ data: { database: { edition: 'community' } } });
  });
});

describe('request body', () => {
  it('refuses a body over the limit with 413 and a JSON error naming the limit (BODY_LIMIT)', async () => {
    const big = JSON.stringify({ query: QUERY, variables: { padding: 'x'.repeat(150 * 1024) } });
    const { response, body } = await post(server.url, big);
    expect(response.status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors?.[0]?.message).toMatch(/larger than the limit of 100kb/);
    const small = await post(smallBodyServer.url, JSON.stringify({ query: QUERY, variables: { padding: 'x'.repeat(2048) } }));
    expect(small.response.status).toBe(413);
    expect(small.body.errors?.[0]?.message).toMatch(/limit of 1kb/);
    expect((await post(smallBodyServer.url, JSON.stringify({ query: QUERY }))).body.data).toEqual({ database: { edition: 'community' } });
  });

  it('refuses a batched array of operations with 400', async () => {
    const { response, body } = await post(server.url, JSON.stringify([{ query: QUERY }, { query: QUERY }]));
    expect(response.status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('answers a body that is not JSON with 400 and a JSON error', async () => {
    const { response, body } = await post(server.url, '{"query": "{ database { edition } }"');
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toMatch(/not valid JSON/);
  });
});

describe('per-client rate limit (express-rate-limit)', () => {
  it('answers 429 RATE_LIMITED past the limit, with the standard headers, and never limits health probes', async () => {
    for (let index = 0; index < 3; index += 1) {
      expect((await post(limitedServer.url, JSON.stringify({ query: QUERY }))).response.status).toBe(200);
    }
    const { response, body } = await post(limitedServer.url, JSON.stringify({ query: QUERY }));
    expect(response.status).toBe(429);
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(body.errors?.[0]?.message).toMatch(/at most 3 every 60 s/);
    expect(response.headers.get('ratelimit-policy')).toMatch(/q=3; w=60/);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    for (const path of ['/healthz', '/readyz']) {
      for (let index = 0; index < 5; index += 1) expect((await fetch(`${limitedServer.url}${path}`)).status).toBe(200);
    }
  });
});

describe('GraphiQL and introspection switches', () => {
  const introspection = JSON.stringify({ query: '{ __schema { queryType { name } } }' });

  it('serve GraphiQL and introspection by default (local runs, tests)', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL test page');
    expect((await post(server.url, introspection)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('when switched off, answer neither, while ordinary queries still work', async () => {
    const page = await fetch(`${lockedServer.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/GraphiQL is switched off/);
    const bundled = await fetch(`${lockedServer.url}/graphiql.html`);
    expect(bundled.status).toBe(404);
    expect(await bundled.text()).not.toContain('GraphiQL test page');
    const { body } = await post(lockedServer.url, introspection);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    expect((await post(lockedServer.url, JSON.stringify({ query: QUERY }))).body.data).toEqual({ database: { edition: 'community' } });
  });
});

describe('configuration of the HTTP limits', () => {
  it('switches GraphiQL and introspection off in production unless asked for, and on otherwise', () => {
    const production = loadConfig({ NODE_ENV: 'production' });
    expect(httpSettings(production).graphiql).toBe(false);
    expect(apiSettings(production).introspection).toBe(false);
    const optedIn = loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true', GRAPHQL_INTROSPECTION: 'true' });
    expect(httpSettings(optedIn).graphiql).toBe(true);
    expect(apiSettings(optedIn).introspection).toBe(true);
    for (const env of [{}, { NODE_ENV: 'test' }, { NODE_ENV: 'development' }]) {
      const config = loadConfig(env);
      expect(httpSettings(config).graphiql).toBe(true);
      expect(apiSettings(config).introspection).toBe(true);
    }
    expect(httpSettings(loadConfig({ GRAPHIQL: 'false' })).graphiql).toBe(false);
  });

  it('shows stack traces only with NODE_ENV=development', () => {
    expect(apiSettings(loadConfig({})).development).toBe(false);
    expect(apiSettings(loadConfig({ NODE_ENV: 'production' })).development).toBe(false);
    expect(apiSettings(loadConfig({ NODE_ENV: 'development' })).development).toBe(true);
  });

  it('parses the limits, with production defaults', () => {
    expect(httpSettings(loadConfig({}))).toEqual({ graphiql: true, corsOrigins: [], bodyLimit: '100kb', rateLimitMax: 300, rateLimitWindowMs: 60_000, trustProxy: false, cspReportOnly: false });
    const custom = loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173', BODY_LIMIT: '1MB', RATE_LIMIT_MAX: '0', RATE_LIMIT_WINDOW_MS: '1000', TRUST_PROXY: '1' });
    expect(httpSettings(custom)).toEqual({ graphiql: true, corsOrigins: ['https://a.example', 'http://localhost:5173'], bodyLimit: '1mb', rateLimitMax: 0, rateLimitWindowMs: 1000, trustProxy: 1, cspReportOnly: false });
  });

  it('stops on a bad value with a message naming the variable', () => {
    expect(() => loadConfig({ GRAPHIQL: 'yes' })).toThrow(/GRAPHIQL="yes": must be "true" or "false"/);
    expect(() => loadConfig({ CORS_ORIGINS: 'partner.example' })).toThrow(/CORS_ORIGINS="partner.example": each origin must look like/);
    expect(() => loadConfig({ BODY_LIMIT: 'huge' })).toThrow(/BODY_LIMIT="huge": must be a size/);
    expect(() => loadConfig({ RATE_LIMIT_MAX: '-1' })).toThrow(/RATE_LIMIT_MAX="-1"/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV="staging"/);
  });
});
