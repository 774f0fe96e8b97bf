export const neighborhoodTypeDefs = /* GraphQL */ `
  "A node ready for a graph canvas (Cytoscape's data object)."
  type GraphNode {
    "Entity id."
    id: ID!
    "What the entity is."
    kind: Kind!
    "Full name."
    name: String!
    "Short display: the first alias if it is short, else the name."
    label: String!
  }

  "An edge ready for a graph canvas (Cytoscape's data object)."
  type GraphEdge {
    "Relationship id."
    id: ID!
    "The verb."
    type: RelationshipType!
    "Id of the node it starts from."
    source: ID!
    "Id of the node it points to."
    target: ID!
    "The verb in words, for example \\"can use\\"."
    label: String!
  }

  "Part of the graph: nodes and the relationships among them."
  type Subgraph {
    "Nodes, closest to the starting entities first."
    nodes: [GraphNode!]!
    "Every relationship between two of the nodes."
    edges: [GraphEdge!]!
    "True when the limit left out nodes within the depth."
    truncated: Boolean!
  }

  type Query {
    """
    The entities within \`depth\` (1 to 3) relationships of \`ids\`, passing only through the
    given kinds when \`kinds\` is set, at most \`limit\` (1 to 1000) nodes, closest first.
    Unknown ids are an error naming the argument.
    """
    neighborhood(ids: [ID!]!, depth: Int = 1, kinds: [Kind!], limit: Int = 200): Subgraph!
  }
`;
