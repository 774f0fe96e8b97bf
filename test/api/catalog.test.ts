import { describe, expect, it } from 'vitest';
import { startApiServer } from './apiTestServer.js';

const { query, queryError } = await startApiServer();

const TOOLS = /* GraphQL */ `
  query Tools($filter: ToolFilter, $first: Int, $after: String) {
    tools(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name pillars stages coercion usableBy { id } } }
    }
  }`;

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string; pillars: number[]; stages: string[]; coercion: string; usableBy: { id: string }[] } }[];
}
const tools = async (variables: Record<string, unknown>) => (await query<{ tools: Connection }>(TOOLS, variables)).tools;

describe('tools', () => {
  it('pages through every tool exactly once, in name order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const result: Connection = await tools({ first: 7, after });
      total = result.totalCount;
      seen.push(...result.edges.map((edge) => edge.node.id));
      expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor ?? null);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(20);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters by pillar, coercion, stage, actor and text, with a matching totalCount', async () => {
    const pillarTwo = await tools({ filter: { pillar: 2 }, first: 100 });
    expect(pillarTwo.totalCount).toBe(pillarTwo.edges.length);
    expect(pillarTwo.edges.every((edge) => edge.node.pillars.includes(2))).toBe(true);
    const military = await tools({ filter: { coercion: 'military', stage: 'respond' }, first: 100 });
    expect(military.edges.map((edge) => edge.node.id)).toContain('chapter-vii-enforcement');
    expect(military.edges.every((edge) => edge.node.coercion === 'military' && edge.node.stages.includes('respond'))).toBe(true);
    const council = await tools({ filter: { usableBy: 'un-security-council' }, first: 100 });
    expect(council.edges.every((edge) => edge.node.usableBy.some((actor) => actor.id === 'un-security-council'))).toBe(true);
    expect(council.totalCount).toBeGreaterThan(3);
    const text = await tools({ filter: { text: 'Arria' }, first: 100 });
    expect(text.edges.map((edge) => edge.node.id)).toContain('arria-formula-tool');
  });

  it('refuses a page size out of range and a cursor it did not give out', async () => {
    expect((await queryError(TOOLS, { first: 101 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect((await queryError(TOOLS, { first: 0 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect((await queryError(TOOLS, { after: 'not-a-cursor' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});

describe('situations', () => {
  it('lists the situations of the reports, oldest first, with their events', async () => {
    const { situations } = await query<{ situations: { id: string; startDate: string | null; events: { id: string }[] }[] }>(
      '{ situations { id name startDate events { id } } }',
    );
    expect(situations.map((situation) => situation.id)).toEqual(expect.arrayContaining(['rwanda-1994']));
    const dates = situations.map((situation) => situation.startDate).filter((date): date is string => date !== null);
    expect(dates).toEqual([...dates].sort());
    expect(situations.find((situation) => situation.id === 'rwanda-1994')!.events.length).toBeGreaterThan(0);
  });
});

describe('timeline', () => {
  const TIMELINE = /* GraphQL */ `
    query Timeline($from: String, $to: String) { timeline(from: $from, to: $to) { date kind description entity { id kind } } }`;
  type Item = { date: string; kind: string; description: string; entity: { id: string; kind: string } };

  it('lists dated events, establishments, appointments and posts in date order', async () => {
    const { timeline } = await query<{ timeline: Item[] }>(TIMELINE);
    expect(timeline.length).toBeGreaterThan(20);
    const dates = timeline.map((item) => item.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(timeline.map((item) => item.kind))).toEqual(new Set(['event', 'established', 'appointed', 'held', 'situation-start']));
  });

  it('keeps only what falls between from and to, matching partial dates by prefix', async () => {
    const { timeline } = await query<{ timeline: Item[] }>(TIMELINE, { from: '1994-04', to: '1994-12' });
    expect(timeline.length).toBeGreaterThan(0);
    for (const item of timeline) expect(item.date.startsWith('1994')).toBe(true);
    // April 1994: the Secretary-General's three options on UNAMIR.
    expect(timeline.some((item) => item.entity.id === 'rwanda-1994-sg-three-options')).toBe(true);
  });

  it('refuses a malformed date and a range that ends before it starts', async () => {
    expect((await queryError(TIMELINE, { from: 'April 1994' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
    expect((await queryError(TIMELINE, { from: '2000', to: '1994' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'to' });
  });

  it('returns at most `first` items, the earliest first, and refuses a page size out of range', async () => {
    const PAGE = /* GraphQL */ `query Page($first: Int) { timeline(first: $first) { date } }`;
    const all = (await query<{ timeline: { date: string }[] }>(TIMELINE)).timeline;
    const { timeline } = await query<{ timeline: { date: string }[] }>(PAGE, { first: 5 });
    expect(timeline.map((item) => item.date)).toEqual(all.slice(0, 5).map((item) => item.date));
    expect((await queryError(PAGE, { first: 0 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect((await queryError(PAGE, { first: 5000 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});
