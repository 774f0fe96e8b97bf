/**
 * The peer: the official Neo4j GraphQL library (@neo4j/graphql) over the same database,
 * serving the equivalents of our `entity`, `neighborhood` and `search` queries through the
 * same HTTP stack (Apollo Server 5 on Express 5), so the comparison is about the schema and
 * resolvers, not the transport.
 *
 * Type definitions: one `Entity` type on the :Entity nodes (@node), one @relationship field
 * per relationship type and direction (`partOfOut`, `partOfIn`, …), a full-text query on the
 * existing `entity_search` index (@fulltext), and a `neighbours` field (@cypher: the library
 * has no "any relationship type" traversal).
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RELATIONSHIP_TYPE_NAMES } from '../../seed/src/model/vocabulary.js';

/** PART_OF → partOf */
function camel(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

export const RELATIONSHIP_FIELDS = RELATIONSHIP_TYPE_NAMES.flatMap((type) => [
  { field: `${camel(type)}Out`, type, direction: 'OUT' },
  { field: `${camel(type)}In`, type, direction: 'IN' },
]);

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity
    @node(labels: ["Entity"])
    @mutation(operations: [])
    @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name", "aliasText", "description"] }]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]!
    aliasText: String
    description: String!
    citationSources: [String!]!
    citationQuotes: [String!]!
    neighbours: [Entity!]!
      @cypher(statement: "MATCH (this)--(m:Entity) RETURN DISTINCT m", columnName: "m")
    ${RELATIONSHIP_FIELDS.map(({ field, type, direction }) => `${field}: [Entity!]! @relationship(type: "${type}", direction: ${direction})`).join('\n    ')}
  }

  type Source @node(labels: ["Source"]) @mutation(operations: []) {
    key: ID!
    title: String!
  }
`;

/** Selection of every relationship field, each with the other end's name: our `relationships { label to { name } }`. */
const ALL_RELATIONSHIPS = RELATIONSHIP_FIELDS.map(({ field }) => `${field} { id name }`).join(' ');

/** The three queries, as a client of the peer would write them. */
export const PEER_QUERIES = {
  search: /* GraphQL */ `{ searchEntities(phrase: "(unsc OR unsc*)", first: 10, sort: [{ score: DESC }]) { edges { score node { id name } } } }`,
  entity: /* GraphQL */ `{ entities(where: { id: { eq: "un-security-council" } }) { id name citationSources citationQuotes ${ALL_RELATIONSHIPS} } }`,
  neighborhood: /* GraphQL */ `{ entities(where: { id: { eq: "un-security-council" } }) { id kind name aliases neighbours { id kind name aliases neighbours { id kind name aliases } } } }`,
};

export interface PeerServer {
  url: string;
  stop(): Promise<void>;
}

export async function startPeer(driver: Driver, database: string): Promise<PeerServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }),
  );
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
