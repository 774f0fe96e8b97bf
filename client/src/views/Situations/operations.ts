import { graphql } from '../../api/generated';

export const SituationList = graphql(/* GraphQL */ `
  query SituationList {
    situations {
      id
      name
      aliases
      description
      startDate
      endDate
      region
      citations { ...CitationFields }
      events {
        id
        name
        description
        eventDate: date
        outcome
        citations { ...CitationFields }
      }
      involved {
        id
        label
        from { id kind name }
        to { id kind name }
        what
        how
        role
        outcome
        date
        startDate
        endDate
        citations { ...CitationFields }
      }
    }
  }
`);
