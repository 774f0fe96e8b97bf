import { graphql } from '../../api/generated';

export const ToolCatalogue = graphql(/* GraphQL */ `
  query ToolCatalogue($first: Int, $after: String) {
    tools(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          aliases
          description
          pillars
          stages
          coercion
          usableBy { id kind name }
          authorizedBy { id name }
          citations { ...CitationFields }
        }
      }
    }
  }
`);
