/**
 * A realistic mix of what the explorer's views ask for, weighted roughly as people use them:
 * typing in the search box (every prefix of a name is a request), opening an entity,
 * expanding its neighbourhood, the who-can-act form, channel routes with and without a
 * blocked node, paging the tools table, and the timeline.
 */
import type { Dataset } from '../../seed/src/dataset/types.js';

export interface Request {
  /** The kind of request, for the per-kind table. */
  kind: string;
  body: string;
}

/** A small deterministic PRNG (mulberry32), so every run sends the same sequence. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const gql = (kind: string, query: string, variables: Record<string, unknown> = {}): Request => ({ kind, body: JSON.stringify({ query, variables }) });

const SEARCH = 'query Search($text: String!) { search(text: $text, first: 10) { entity { id name kind } score matchedOn } }';
const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) { id name kind description aliases citations { quote source { title } } relationships { label to { id name kind } } }
}`;
const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int!) {
  neighborhood(ids: $ids, depth: $depth, limit: 200) { truncated nodes { id label kind } edges { id source target label } }
}`;
const WHO_CAN_ACT = `query WhoCanAct($filter: ActFilter!) {
  whoCanAct(filter: $filter) { actor { id name } tool { id name } legalBasis { id } approvals { actor { id } requirement } channels { id } score approvalCount }
}`;
const CHANNELS = `query Channels($from: ID!, $to: ID!, $avoid: [ID!]) {
  channels(from: $from, to: $to, avoid: $avoid, max: 5) { hops steps { channel { id name } } }
}`;
const TOOLS = `query Tools($filter: ToolFilter, $after: String) {
  tools(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name coercion } } }
}`;
const TIMELINE = 'query Timeline($from: String, $to: String) { timeline(from: $from, to: $to) { date kind entity { id name } } }';

/** What someone types, one keystroke at a time (the client asks on each). */
const TYPED = ['UNSC', 'Security Council', 'African Union', 'genocide', 'Kofi Annan', 'OSCE', 'HCNM', 'mediation', 'sanctions', 'Rwanda', 'Darfur', 'early warning', 'Special Adviser', 'civil society'];

const CHANNEL_PAIRS: [from: string, to: string, avoid: string[]][] = [
  ['civil-society', 'un-security-council', []],
  ['civil-society', 'un-security-council', ['arria-formula-meeting']],
  ['un-secretary-general', 'un-security-council', []],
  ['special-adviser-prevention-of-genocide', 'un-security-council', []],
  ['special-adviser-prevention-of-genocide', 'un-security-council', ['un-secretary-general']],
  ['african-union', 'un-security-council', []],
  ['civil-society', 'un-general-assembly', []],
];

/**
 * Every distinct request of the mix, grouped by kind with a weight. `toolCursors` are the
 * `endCursor`s of the tools pages, so paging requests go past the first page.
 */
export function buildMix(dataset: Dataset, toolCursors: string[] = []): { kind: string; weight: number; requests: Request[] }[] {
  const idsOf = (...kinds: string[]) => dataset.entities.filter((entity) => kinds.includes(entity.kind)).map((entity) => entity.id);
  const prefixes = TYPED.flatMap((word) => Array.from({ length: word.length - 1 }, (_, index) => word.slice(0, index + 2)));
  const hubs = idsOf('Institution', 'Situation', 'Role').slice(0, 60);
  const crimes = idsOf('Crime');
  const situations = idsOf('Situation');
  const whoCanAct = [
    ...crimes.map((crime) => ({ crime })),
    ...crimes.map((crime) => ({ crime, withoutApprovalOf: ['un-security-council'] })),
    { pillar: 2 },
    { stage: 'prevent', maxCoercion: 'persuasive' },
    { stage: 'respond', maxCoercion: 'non_military_coercive', withoutApprovalOf: ['un-security-council'] },
    ...situations.slice(0, 5).map((situation) => ({ situation })),
  ];
  return [
    { kind: 'search (autocomplete)', weight: 30, requests: prefixes.map((text) => gql('search (autocomplete)', SEARCH, { text })) },
    { kind: 'entity', weight: 20, requests: dataset.entities.map((entity) => gql('entity', ENTITY, { id: entity.id })) },
    {
      kind: 'neighborhood',
      weight: 15,
      requests: hubs.flatMap((id) => [gql('neighborhood', NEIGHBORHOOD, { ids: [id], depth: 1 }), gql('neighborhood', NEIGHBORHOOD, { ids: [id], depth: 2 })]),
    },
    { kind: 'whoCanAct', weight: 10, requests: whoCanAct.map((filter) => gql('whoCanAct', WHO_CAN_ACT, { filter })) },
    { kind: 'channels', weight: 10, requests: CHANNEL_PAIRS.map(([from, to, avoid]) => gql('channels', CHANNELS, { from, to, avoid })) },
    {
      kind: 'tools pages',
      weight: 10,
      requests: [
        gql('tools pages', TOOLS),
        ...toolCursors.map((after) => gql('tools pages', TOOLS, { after })),
        gql('tools pages', TOOLS, { filter: { pillar: 3 } }),
        gql('tools pages', TOOLS, { filter: { coercion: 'persuasive' } }),
        gql('tools pages', TOOLS, { filter: { usableBy: 'un-security-council' } }),
        gql('tools pages', TOOLS, { filter: { text: 'sanction' } }),
      ],
    },
    {
      kind: 'timeline',
      weight: 5,
      requests: [gql('timeline', TIMELINE), gql('timeline', TIMELINE, { from: '1990', to: '1999' }), gql('timeline', TIMELINE, { from: '2005' })],
    },
  ];
}

/** Picks requests by weight, then uniformly within the kind. */
export function picker(mix: ReturnType<typeof buildMix>, next: () => number): () => Request {
  const total = mix.reduce((sum, group) => sum + group.weight, 0);
  return () => {
    let roll = next() * total;
    const group = mix.find((candidate) => (roll -= candidate.weight) < 0) ?? mix[mix.length - 1]!;
    return group.requests[Math.floor(next() * group.requests.length)]!;
  };
}
