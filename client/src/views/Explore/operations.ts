import { graphql } from '../../api/generated';

export const Neighborhood = graphql(/* GraphQL */ `
  query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
    neighborhood(ids: $ids, depth: $depth, limit: $limit) {
      truncated
      nodes { id kind name label }
      edges { id type source target label }
    }
  }
`);

export const EntityDetails = graphql(/* GraphQL */ `
  query EntityDetails($id: ID!) {
    entity(id: $id) {
      id
      kind
      name
      aliases
      description
      citations { ...CitationFields }
      relationships {
        id
        type
        label
        from { id kind name }
        to { id kind name }
        conditions
        requirement
        what
        how
        role
        outcome
        startDate
        endDate
        date
        citations { ...CitationFields }
      }
      ... on Institution { institutionType: type established }
      ... on Role { established }
      ... on Mandate { mandateType document date }
      ... on PolicyTool { pillars stages coercion }
      ... on Channel { formal confidential status }
      ... on Situation { startDate endDate region }
      ... on Event { eventDate: date outcome }
    }
  }
`);
