export const searchTypeDefs = /* GraphQL */ `
  "An entity found by search, with how well and where it matched."
  type SearchHit {
    "The entity found."
    entity: Entity!
    "Relevance: higher is better. Exact name or alias matches come first whatever their score."
    score: Float!
    "which field matched: name, alias or description"
    matchedOn: String!
  }

  type Query {
    """
    Full-text search over names, aliases and descriptions. An exact name or acronym (UNSC,
    SAPG, HCNM, PSC) ranks its entity first; the last word also matches as a prefix, for
    autocomplete. The text is searched for literally: Lucene syntax in it is not parsed.
    \`first\` is 1 to 50.
    """
    search(text: String!, kinds: [Kind!], first: Int = 10): [SearchHit!]!
  }
`;
