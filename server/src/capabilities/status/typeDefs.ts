export const statusTypeDefs = /* GraphQL */ `
  """
  The Neo4j database behind the API: what it runs and how much of the graph it holds.
  """
  type DatabaseInfo {
    "Neo4j product version, for example 5.26.30."
    version: String!
    "Neo4j edition: community or enterprise."
    edition: String!
    "Number of nodes in the database (entities and sources)."
    nodeCount: Int!
    "Number of relationships in the database."
    relationshipCount: Int!
  }

  type Query {
    "The database behind the API; a quick end-to-end check that the API reaches Neo4j."
    database: DatabaseInfo!
  }
`;
