import { describe, expect, it } from 'vitest';
import { startApiServer } from './apiTestServer.js';

const { query, queryError } = await startApiServer();

const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($ids: [ID!]!, $depth: Int, $kinds: [Kind!], $limit: Int) {
    neighborhood(ids: $ids, depth: $depth, kinds: $kinds, limit: $limit) {
      truncated
      nodes { id kind name label }
      edges { id type source target label }
    }
  }`;

interface Subgraph {
  truncated: boolean;
  nodes: { id: string; kind: string; name: string; label: string }[];
  edges: { id: string; type: string; source: string; target: string; label: string }[];
}
const neighborhood = async (variables: Record<string, unknown>) =>
  (await query<{ neighborhood: Subgraph }>(NEIGHBORHOOD, variables)).neighborhood;

describe('neighborhood', () => {
  it('returns the direct neighbours with edges whose ends are all in the node list', async () => {
    const graph = await neighborhood({ ids: ['osce-hcnm'] });
    const ids = new Set(graph.nodes.map((node) => node.id));
    expect(graph.nodes[0]?.id).toBe('osce-hcnm');
    expect(graph.nodes.length).toBeGreaterThan(2);
    expect(graph.truncated).toBe(false);
    expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.label).toMatch(/^[a-z ]+$/);
    }
    // Every neighbour is joined to the start by at least one edge.
    for (const node of graph.nodes.slice(1)) {
      expect(graph.edges.some((edge) => [edge.source, edge.target].includes(node.id) && [edge.source, edge.target].includes('osce-hcnm'))).toBe(true);
    }
  });

  it('labels nodes with a short alias when there is one', async () => {
    const graph = await neighborhood({ ids: ['un-security-council'], limit: 5 });
    expect(graph.nodes.find((node) => node.id === 'un-security-council')?.label).toBe('UNSC');
  });

  it('grows with depth, keeps the closest nodes when the limit cuts, and says so', async () => {
    const one = await neighborhood({ ids: ['un-security-council'], depth: 1, limit: 1000 });
    const two = await neighborhood({ ids: ['un-security-council'], depth: 2, limit: 1000 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const cut = await neighborhood({ ids: ['un-security-council'], depth: 2, limit: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(10);
    // Breadth first: with fewer slots than direct neighbours, all kept nodes are direct neighbours.
    const direct = new Set(one.nodes.map((node) => node.id));
    expect(cut.nodes.every((node) => direct.has(node.id))).toBe(true);
  });

  it('passes only through the given kinds (the start nodes always stay)', async () => {
    const graph = await neighborhood({ ids: ['un-security-council'], depth: 2, kinds: ['Channel', 'Institution'], limit: 1000 });
    expect(graph.nodes.every((node) => node.id === 'un-security-council' || ['Channel', 'Institution'].includes(node.kind))).toBe(true);
    expect(graph.nodes.some((node) => node.kind === 'Channel')).toBe(true);
  });

  it('joins the neighbourhoods of several ids', async () => {
    const graph = await neighborhood({ ids: ['osce-hcnm', 'au-peace-and-security-council'] });
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(['osce-hcnm', 'au-peace-and-security-council']));
  });

  it('refuses unknown ids, an empty id list, a depth and a limit out of range, naming the argument', async () => {
    const unknown = await queryError(NEIGHBORHOOD, { ids: ['un-security-council', 'atlantis'] });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });
    expect(unknown.message).toContain('atlantis');
    expect((await queryError(NEIGHBORHOOD, { ids: [] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });
    expect((await queryError(NEIGHBORHOOD, { ids: ['osce-hcnm'], depth: 4 })).extensions).toMatchObject({ argumentName: 'depth' });
    expect((await queryError(NEIGHBORHOOD, { ids: ['osce-hcnm'], depth: 0 })).extensions).toMatchObject({ argumentName: 'depth' });
    expect((await queryError(NEIGHBORHOOD, { ids: ['osce-hcnm'], limit: 1001 })).extensions).toMatchObject({ argumentName: 'limit' });
    expect((await queryError(NEIGHBORHOOD, { ids: ['osce-hcnm'], limit: 0 })).extensions).toMatchObject({ argumentName: 'limit' });
  });
});
