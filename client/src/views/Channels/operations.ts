import { graphql } from '../../api/generated';

export const Routes = graphql(/* GraphQL */ `
  query Routes($from: ID!, $to: ID!, $avoid: [ID!], $max: Int) {
    channels(from: $from, to: $to, avoid: $avoid, max: $max) {
      hops
      steps {
        formal
        confidential
        from { id kind name }
        channel { id kind name }
        to { id kind name }
        citations { ...CitationFields }
      }
    }
  }
`);

/**
 * Names for the ids in the URL (from, to, blocked items). The neighbourhood lists its seeds
 * first, so a limit of ids.length returns exactly them: one request for any number of names.
 */
export const EntityNames = graphql(/* GraphQL */ `
  query EntityNames($ids: [ID!]!, $limit: Int) {
    neighborhood(ids: $ids, depth: 1, limit: $limit) {
      nodes { id kind name label }
    }
  }
`);
