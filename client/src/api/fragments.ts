import { graphql } from './generated';

/** What every view shows of a source: the quoted passage and the report it comes from. */
export const CitationFields = graphql(/* GraphQL */ `
  fragment CitationFields on Citation {
    quote
    source { key title publisher date url }
  }
`);
