import { describe, expect, it } from 'vitest';
import { testDatabase, testDriver } from '../support/database.js';
import { startTestServer, type GraphQLErrorBody } from '../support/http.js';

/**
 * What a scraper or a prober sends: each is refused with a clear code or answered safely, the
 * server keeps serving, and a burst of it leaves memory bounded.
 */
const driver = await testDriver();
const server = await startTestServer({ driver, database: testDatabase().database });

type Body = { data?: Record<string, unknown> | null; errors?: GraphQLErrorBody[] };

async function send(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: Body; text: string }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Body, text };
}

/** Refused with `code`, a message matching `message`, and nothing internal in the response. */
async function expectRefused(query: string, code: string, message: RegExp, variables?: Record<string, unknown>) {
  const { status, body, text } = await send(query, variables);
  expect(status, text.slice(0, 500)).toBe(400);
  expect(body.data ?? undefined).toBeUndefined();
  expect(body.errors?.[0]?.extensions?.code, text.slice(0, 500)).toBe(code);
  expect(body.errors?.map((error) => error.message).join('\n')).toMatch(message);
  expectNothingInternal(text);
}

function expectNothingInternal(text: string) {
  expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|Neo\.(ClientError|DatabaseError|TransientError)|stacktrace|\n\s+at |\\n\s+at /);
}

/** The server still answers an ordinary query correctly. */
async function expectStillServing() {
  const { status, body } = await send('{ entity(id: "un-security-council") { name } }');
  expect(status).toBe(200);
  expect(body).toEqual({ data: { entity: { name: 'UN Security Council' } } });
}

const nest = (levels: number) => `{ entity(id: "un-security-council") { ${'relationships { to { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;

describe('query shape limits (graphql-armor, graphql-js)', () => {
  it('refuses deep nesting, however deep', async () => {
    await expectRefused(nest(6), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 12/i);
    await expectRefused(nest(200), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 12/i);
    await expectRefused(nest(2000), 'GRAPHQL_PARSE_FAILED', /more that 2000 tokens/);
    await expectStillServing();
  });

  it('refuses alias floods', async () => {
    await expectRefused(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: search(text: "council") { score }`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED', /aliases limit of 15/i);
    await expectRefused(`{ ${Array.from({ length: 600 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED', /aliases limit of 15/i);
    await expectStillServing();
  });

  it('refuses fragment cycles', async () => {
    const cycle = /* GraphQL */ `
      { entity(id: "un-security-council") { ...A } }
      fragment A on Entity { relationships { to { ...B } } }
      fragment B on Entity { relationships { to { ...A } } }`;
    await expectRefused(cycle, 'GRAPHQL_VALIDATION_FAILED', /Cannot spread fragment "A" within itself/);
    await expectRefused('{ entity(id: "x") { ...S } } fragment S on Entity { id ...S }', 'GRAPHQL_VALIDATION_FAILED', /Cannot spread fragment "S" within itself/);
    await expectStillServing();
  });

  it('refuses a fragment explosion (each fragment spreading the one before twice) by its cost', async () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Entity { relationships { to { ...F${i} } } from: relationships { to { ...F${i} } } }`);
    const query = `{ entity(id: "un-security-council") { ...F40 } } fragment F0 on Entity { id } ${fragments.join(' ')}`;
    const { status, body, text } = await send(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.map((error) => error.message).join('\n')).toMatch(/depth limit|Cost limit|aliases limit/i);
    expectNothingInternal(text);
    await expectStillServing();
  });

  it('refuses directive floods', async () => {
    await expectRefused(`{ database { edition ${'@include(if: true) '.repeat(60)} } }`, 'GRAPHQL_VALIDATION_FAILED', /directives limit of 50/i);
    await expectStillServing();
  });

  it('refuses expensive combinations by their static cost', async () => {
    const wide = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: search(text: "council", first: 50) { entity { relationships { to { relationships { to { id name } } } } } }`).join(' ')} }`;
    await expectRefused(wide, 'GRAPHQL_VALIDATION_FAILED', /Cost limit of 20000/i);
    await expectStillServing();
  });

  it('stops a query whose lists fan out past the result budget, with one RESULT_TOO_LARGE error', async () => {
    // Cheap by every static measure, but three nested relationship lists over hub nodes.
    const fanOut = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: situations { id relationships { to { relationships { to { relationships { to { id } } } } } } }`).join(' ')} }`;
    const { status, body, text } = await send(fanOut);
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe('RESULT_TOO_LARGE');
    expect(body.errors?.[0]?.message).toMatch(/more than 20000 list items/);
    expectNothingInternal(text);
    await expectStillServing();
  });

  it('refuses huge documents: too many tokens, or a body over the limit', async () => {
    const manyTokens = `{ database { ${'edition '.repeat(2500)} } }`;
    await expectRefused(manyTokens, 'GRAPHQL_PARSE_FAILED', /more that 2000 tokens/);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ database { ${'edition '.repeat(20_000)} } }` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    await expectStillServing();
  });

  it('refuses a batched array of operations', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ situations { id } }' }))),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Body).errors?.[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } });
    await expectStillServing();
  });

  it('refuses a document that does not parse, with its position', async () => {
    await expectRefused('{ entity(id: "un-security-council" { id } }', 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
    await expectRefused('{ entity(id: "un-security-council") { id } } \u0007', 'GRAPHQL_PARSE_FAILED', /Syntax Error: Unexpected character: U\+0007/);
    await expectStillServing();
  });
});

/** Strings a prober tries in every text and id argument. */
const NASTY_STRINGS = [
  'x'.repeat(40_000),
  '*', '?', '~', '\\', '/', '/.*/', 'a AND OR NOT b', '"unbalanced', '(', '[x TO y]', '{', '^2', 'name:council', '+-&&||!',
  '.*', '(a+)+$', '[^]', '$^', '\\d+\\', '(?i)council',
  '`', '``', "'", '"', "') MATCH (n) DETACH DELETE n //", '"}) RETURN 1 //', '`) RETURN n //', '$ids', '{id}',
  '\u0000', 'un-security-council\u0000', '\u202Eun-security-council', '\u200F\u200E', '\uFEFF', '🙂🏳️‍🌈', 'e\u0301', '\uD800', '\uDC00abc', '\uFFFF',
];

describe('hostile values in every text and id argument', () => {
  it('answers searches with Lucene, regex and odd Unicode text safely', async () => {
    for (const text of NASTY_STRINGS) {
      const { status, body, text: raw } = await send('query ($text: String!) { search(text: $text) { entity { id } score } }', { text });
      expectNothingInternal(raw);
      expect(status).toBe(200);
      if (body.errors) {
        expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text' });
      } else {
        expect(Array.isArray(body.data?.search), text.slice(0, 40)).toBe(true);
      }
    }
    const { body } = await send('query ($text: String!) { search(text: $text) { entity { id } } }', { text: 'x'.repeat(90_000) });
    expect(body.errors?.[0]?.message).toMatch(/longer than 200 characters/);
    await expectStillServing();
  });

  it('answers ids with backticks, quotes, NUL and odd Unicode safely: not found, never an error', async () => {
    for (const id of NASTY_STRINGS) {
      const entity = await send('query ($id: ID!) { entity(id: $id) { id } }', { id });
      expectNothingInternal(entity.text);
      expect(entity.body).toEqual({ data: { entity: null } });

      const neighborhood = await send('query ($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', { ids: [id] });
      expectNothingInternal(neighborhood.text);
      expect(neighborhood.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });

      const channels = await send('query ($from: ID!, $avoid: [ID!]) { channels(from: $from, to: "un-security-council", avoid: $avoid) { hops } }', { from: id, avoid: [id] });
      expectNothingInternal(channels.text);
      expect(channels.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    await expectStillServing();
  });

  it('answers tool filters, who-can-act filters and timeline bounds with hostile text safely', async () => {
    for (const value of NASTY_STRINGS) {
      const tools = await send('query ($text: String, $usableBy: ID) { tools(filter: { text: $text, usableBy: $usableBy }) { totalCount } }', { text: value, usableBy: null });
      expectNothingInternal(tools.text);
      expect(tools.body.errors, tools.text.slice(0, 300)).toBeUndefined();
      const after = await send('query ($after: String) { tools(after: $after) { totalCount } }', { after: value });
      expectNothingInternal(after.text);
      expect(after.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      const who = await send('query ($crime: ID, $without: [ID!]) { whoCanAct(filter: { crime: $crime, withoutApprovalOf: $without }) { score } }', { crime: value, without: [value] });
      expectNothingInternal(who.text);
      expect(who.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const timeline = await send('query ($from: String) { timeline(from: $from) { date } }', { from: value });
      expectNothingInternal(timeline.text);
      expect(timeline.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
    }
    await expectStillServing();
  });
});

describe('a burst of abuse', () => {
  it('leaves the server serving and its memory bounded', async () => {
    const abusive = [
      () => send(nest(200)),
      () => send(`{ ${Array.from({ length: 600 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
      () => send('query ($text: String!) { search(text: $text) { score } }', { text: 'x'.repeat(90_000) }),
      () => send('query ($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', { ids: Array.from({ length: 2000 }, (_, i) => `\u202E${i}\`'"`) }),
      () => send('{ neighborhood(ids: ["un-security-council"], depth: 3, limit: 1000) { nodes { id } edges { id } } }'),
      () => send('query ($text: String) { tools(filter: { text: $text }) { totalCount } }', { text: '(a+)+$'.repeat(10_000) }),
      () => send(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: situations { relationships { to { relationships { to { relationships { to { id } } } } } } }`).join(' ')} }`),
    ];
    const before = process.memoryUsage().heapUsed;
    for (let round = 0; round < 10; round += 1) {
      const results = await Promise.all(abusive.map((request) => request()));
      for (const result of results) {
        expect(result.status).toBeLessThan(500);
        expectNothingInternal(result.text);
      }
    }
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown, `heap grew by ${Math.round(grown / 1e6)} MB`).toBeLessThan(200 * 1024 * 1024);
    await expectStillServing();
  });
});
