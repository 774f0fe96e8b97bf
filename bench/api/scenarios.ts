import neo4j from 'neo4j-driver';
import { ROUTES } from '../../server/src/capabilities/channels/cypher.js';
import { ENTITIES_BY_ID, RELATIONSHIPS_OF } from '../../server/src/capabilities/entity/cypher.js';
import { NEIGHBORHOOD } from '../../server/src/capabilities/neighborhood/cypher.js';
import { SEARCH } from '../../server/src/capabilities/search/cypher.js';
import { TIMELINE } from '../../server/src/capabilities/timeline/cypher.js';
import { TOOLS_PAGE } from '../../server/src/capabilities/tools/cypher.js';
import { WHO_CAN_ACT } from '../../server/src/capabilities/whoCanAct/cypher.js';

/**
 * One benchmark per public query: the GraphQL operation a client sends, and the Cypher the
 * capability runs for it (the same module the resolvers import), to run through the bare
 * driver for comparison. The GraphQL side also resolves nested fields (more batched reads);
 * the raw side runs only the listed statements.
 */
export interface Scenario {
  name: string;
  graphql: { query: string; variables?: Record<string, unknown> };
  cypher: { statement: string; params: Record<string, unknown> }[];
}

const int = neo4j.int;

export const SCENARIOS: Scenario[] = [
  {
    name: 'search "UNSC"',
    graphql: { query: '{ search(text: "UNSC", first: 10) { entity { id name } score matchedOn } }' },
    cypher: [{ statement: SEARCH, params: { exact: 'unsc', lucene: '(unsc OR unsc*)', kinds: null, first: int(10), candidates: int(70) } }],
  },
  {
    name: 'entity + relationships',
    graphql: {
      query: '{ entity(id: "un-security-council") { id name citations { quote source { title } } relationships { label to { name } } } }',
    },
    cypher: [
      { statement: ENTITIES_BY_ID, params: { ids: ['un-security-council'] } },
      { statement: RELATIONSHIPS_OF, params: { ids: ['un-security-council'] } },
    ],
  },
  {
    name: 'neighborhood depth 2',
    graphql: { query: '{ neighborhood(ids: ["un-security-council"], depth: 2, limit: 200) { truncated nodes { id label } edges { id source target } } }' },
    cypher: [{ statement: NEIGHBORHOOD[2]!, params: { ids: ['un-security-council'], kinds: null, limit: int(200) } }],
  },
  {
    name: 'whoCanAct without UNSC',
    graphql: {
      query:
        '{ whoCanAct(filter: { crime: "crimes-against-humanity", withoutApprovalOf: ["un-security-council"] }) { actor { id } tool { id } approvals { actor { id } } score } }',
    },
    cypher: [
      {
        statement: WHO_CAN_ACT,
        params: { checkIds: ['crimes-against-humanity', 'un-security-council'], crime: 'crimes-against-humanity', pillar: null, stage: null, coercions: null, situation: null },
      },
    ],
  },
  {
    name: 'channels civil society → UNSC',
    graphql: {
      query: '{ channels(from: "civil-society", to: "un-security-council", avoid: ["arria-formula-meeting"], max: 5) { hops steps { channel { id } } } }',
    },
    cypher: [{ statement: ROUTES[6]!, params: { from: 'civil-society', to: 'un-security-council', avoid: ['arria-formula-meeting'], max: int(5) } }],
  },
  {
    name: 'tools first 20',
    graphql: { query: '{ tools(first: 20) { totalCount edges { node { id name coercion } } } }' },
    cypher: [
      {
        statement: TOOLS_PAGE,
        params: { pillar: null, stage: null, coercion: null, usableBy: null, text: null, afterName: null, afterId: null, take: int(21) },
      },
    ],
  },
  {
    name: 'timeline',
    graphql: { query: '{ timeline { date kind entity { id } } }' },
    cypher: [{ statement: TIMELINE, params: { from: null, to: null } }],
  },
];
