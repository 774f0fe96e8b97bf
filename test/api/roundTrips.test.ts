import { describe, expect, it } from 'vitest';
import { startApiServer } from './apiTestServer.js';

const { counter, query } = await startApiServer({ countRoundTrips: true });

/** Many entities, each with nested relationships, far ends and citations at several depths. */
const TOOLS_DEEP = /* GraphQL */ `
  query Deep($first: Int) {
    tools(first: $first) {
      edges { node {
        id name citations { quote source { key title } }
        usableBy { id name citations { source { key } } ... on Institution { parent { name } channelsOut { name } } }
        requires { requirement to { name } citations { source { title } } }
        authorizedBy { name citations { source { publisher } } }
        relationships { type from { id } to { id } citations { source { key } } }
      } }
    }
  }`;

const SEARCH_DEEP = /* GraphQL */ `
  query Deep($first: Int) {
    search(text: "un", first: $first) {
      entity { id citations { source { key } } relationships { label to { name citations { quote source { title } } } citations { source { url } } } }
    }
  }`;

async function roundTrips(operation: string, first: number, count: (data: any) => number): Promise<number> {
  counter!.reset();
  const data = await query(operation, { first });
  expect(count(data)).toBe(first);
  return counter!.count;
}

describe('round trips to the database', () => {
  it('stay the same for 5 and for 50 tools with nested relationships and citations', async () => {
    const few = await roundTrips(TOOLS_DEEP, 5, (data) => data.tools.edges.length);
    const many = await roundTrips(TOOLS_DEEP, 50, (data) => data.tools.edges.length);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(6);
  });

  it('stay the same for 5 and for 50 search hits with their relationships and citations', async () => {
    const few = await roundTrips(SEARCH_DEEP, 5, (data) => data.search.length);
    const many = await roundTrips(SEARCH_DEEP, 50, (data) => data.search.length);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(4);
  });
});
