import { graphql } from '../../api/generated';

export const WhoCanAct = graphql(/* GraphQL */ `
  query WhoCanAct($filter: ActFilter!) {
    whoCanAct(filter: $filter) {
      score
      conditions
      actor { id kind name }
      tool { id kind name pillars stages coercion }
      legalBasis { id kind name }
      approvals {
        requirement
        what
        actor { id kind name }
        via { id kind name }
        citations { ...CitationFields }
      }
      channels { id kind name }
      citations { ...CitationFields }
    }
  }
`);

export const SituationOptions = graphql(/* GraphQL */ `
  query SituationOptions {
    situations { id name startDate }
  }
`);
