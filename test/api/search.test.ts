import { describe, expect, it } from 'vitest';
import { startApiServer } from './apiTestServer.js';

const { query, queryError } = await startApiServer();

const SEARCH = /* GraphQL */ `
  query Search($text: String!, $kinds: [Kind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { entity { id kind name } score matchedOn }
  }`;

interface Hit {
  entity: { id: string; kind: string; name: string };
  score: number;
  matchedOn: string;
}
const search = async (variables: Record<string, unknown>) => (await query<{ search: Hit[] }>(SEARCH, variables)).search;

describe('search', () => {
  it.each([
    ['UNSC', 'un-security-council'],
    ['SAPG', 'special-adviser-prevention-of-genocide'],
    ['OSAPG', 'osapg'],
    ['PSC', 'au-peace-and-security-council'],
    ['psc', 'au-peace-and-security-council'],
  ])('ranks the entity whose acronym is exactly %s first', async (text, id) => {
    const hits = await search({ text });
    expect(hits[0]?.entity.id).toBe(id);
    expect(hits[0]?.matchedOn).toBe('alias');
    // Exact matches score above every full-text hit, so the score agrees with the order.
    for (const hit of hits.slice(1)) expect(hit.score).toBeLessThan(hits[0]!.score);
  });

  it('finds the OSCE High Commissioner on National Minorities by HCNM', async () => {
    const hits = await search({ text: 'HCNM', first: 3 });
    expect(hits[0]?.entity.name).toMatch(/High Commissioner on National Minorities/);
  });

  it('matches a prefix of the last word, for autocomplete', async () => {
    const hits = await search({ text: 'genoc', first: 5 });
    expect(hits[0]?.entity.id).toBe('genocide');
    const partial = await search({ text: 'Security Coun', first: 5 });
    expect(partial.map((hit) => hit.entity.id)).toContain('un-security-council');
  });

  it('finds an entity by words of its description', async () => {
    const hits = await search({ text: 'quiet diplomacy', first: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => ['name', 'alias', 'description'].includes(hit.matchedOn))).toBe(true);
  });

  it('searches Lucene syntax literally instead of parsing it', async () => {
    const hits = await search({ text: 'Art. 4(h)', first: 5 });
    expect(hits.map((hit) => hit.entity.id)).toContain('au-constitutive-act-art-4h');
    // Unbalanced brackets, field syntax, wildcards and operators: no error, no injection.
    for (const text of ['a:b AND (x', 'name:*', '"unclosed', 'NOT genocide', '\\', '*?~^', 'OR']) {
      const result = await search({ text, first: 5 });
      expect(Array.isArray(result)).toBe(true);
    }
    // "name:genocide" would match by field if parsed; searched literally it finds no such text.
    const literal = await search({ text: 'description:zzzz', first: 5 });
    expect(literal).toEqual([]);
  });

  it('filters by kind and honours first', async () => {
    const hits = await search({ text: 'council', kinds: ['Channel'], first: 3 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits.every((hit) => hit.entity.kind === 'Channel')).toBe(true);
  });

  it('refuses an empty text and a page size out of range, naming the argument', async () => {
    const empty = await queryError(SEARCH, { text: '   ' });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text' });
    const tooMany = await queryError(SEARCH, { text: 'un', first: 500 });
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(tooMany.message).toMatch(/1 to 50/);
  });

  it('rejects an unknown kind through enum validation', async () => {
    const error = await queryError(SEARCH, { text: 'un', kinds: ['Planet'] });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/Kind/);
  });
});
