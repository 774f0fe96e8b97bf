/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CitationFields on Citation {\n    quote\n    source { key title publisher date url }\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  query SearchEntities($text: String!, $kinds: [Kind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      score\n      matchedOn\n      entity { id kind name aliases }\n    }\n  }\n": typeof types.SearchEntitiesDocument,
    "\n  query Routes($from: ID!, $to: ID!, $avoid: [ID!], $max: Int) {\n    channels(from: $from, to: $to, avoid: $avoid, max: $max) {\n      hops\n      steps {\n        formal\n        confidential\n        from { id kind name }\n        channel { id kind name }\n        to { id kind name }\n        citations { ...CitationFields }\n      }\n    }\n  }\n": typeof types.RoutesDocument,
    "\n  query EntityNames($ids: [ID!]!, $limit: Int) {\n    neighborhood(ids: $ids, depth: 1, limit: $limit) {\n      nodes { id kind name label }\n    }\n  }\n": typeof types.EntityNamesDocument,
    "\n  query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {\n    neighborhood(ids: $ids, depth: $depth, limit: $limit) {\n      truncated\n      nodes { id kind name label }\n      edges { id type source target label }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query EntityDetails($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      name\n      aliases\n      description\n      citations { ...CitationFields }\n      relationships {\n        id\n        type\n        label\n        from { id kind name }\n        to { id kind name }\n        conditions\n        requirement\n        what\n        how\n        role\n        outcome\n        startDate\n        endDate\n        date\n        citations { ...CitationFields }\n      }\n      ... on Institution { institutionType: type established }\n      ... on Role { established }\n      ... on Mandate { mandateType document date }\n      ... on PolicyTool { pillars stages coercion }\n      ... on Channel { formal confidential status }\n      ... on Situation { startDate endDate region }\n      ... on Event { eventDate: date outcome }\n    }\n  }\n": typeof types.EntityDetailsDocument,
    "\n  query SituationList {\n    situations {\n      id\n      name\n      aliases\n      description\n      startDate\n      endDate\n      region\n      citations { ...CitationFields }\n      events {\n        id\n        name\n        description\n        eventDate: date\n        outcome\n        citations { ...CitationFields }\n      }\n      involved {\n        id\n        label\n        from { id kind name }\n        to { id kind name }\n        what\n        how\n        role\n        outcome\n        date\n        startDate\n        endDate\n        citations { ...CitationFields }\n      }\n    }\n  }\n": typeof types.SituationListDocument,
    "\n  query ToolCatalogue($first: Int, $after: String) {\n    tools(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          aliases\n          description\n          pillars\n          stages\n          coercion\n          usableBy { id kind name }\n          authorizedBy { id name }\n          citations { ...CitationFields }\n        }\n      }\n    }\n  }\n": typeof types.ToolCatalogueDocument,
    "\n  query WhoCanAct($filter: ActFilter!) {\n    whoCanAct(filter: $filter) {\n      score\n      conditions\n      actor { id kind name }\n      tool { id kind name pillars stages coercion }\n      legalBasis { id kind name }\n      approvals {\n        requirement\n        what\n        actor { id kind name }\n        via { id kind name }\n        citations { ...CitationFields }\n      }\n      channels { id kind name }\n      citations { ...CitationFields }\n    }\n  }\n": typeof types.WhoCanActDocument,
    "\n  query SituationOptions {\n    situations { id name startDate }\n  }\n": typeof types.SituationOptionsDocument,
};
const documents: Documents = {
    "\n  fragment CitationFields on Citation {\n    quote\n    source { key title publisher date url }\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  query SearchEntities($text: String!, $kinds: [Kind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      score\n      matchedOn\n      entity { id kind name aliases }\n    }\n  }\n": types.SearchEntitiesDocument,
    "\n  query Routes($from: ID!, $to: ID!, $avoid: [ID!], $max: Int) {\n    channels(from: $from, to: $to, avoid: $avoid, max: $max) {\n      hops\n      steps {\n        formal\n        confidential\n        from { id kind name }\n        channel { id kind name }\n        to { id kind name }\n        citations { ...CitationFields }\n      }\n    }\n  }\n": types.RoutesDocument,
    "\n  query EntityNames($ids: [ID!]!, $limit: Int) {\n    neighborhood(ids: $ids, depth: 1, limit: $limit) {\n      nodes { id kind name label }\n    }\n  }\n": types.EntityNamesDocument,
    "\n  query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {\n    neighborhood(ids: $ids, depth: $depth, limit: $limit) {\n      truncated\n      nodes { id kind name label }\n      edges { id type source target label }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query EntityDetails($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      name\n      aliases\n      description\n      citations { ...CitationFields }\n      relationships {\n        id\n        type\n        label\n        from { id kind name }\n        to { id kind name }\n        conditions\n        requirement\n        what\n        how\n        role\n        outcome\n        startDate\n        endDate\n        date\n        citations { ...CitationFields }\n      }\n      ... on Institution { institutionType: type established }\n      ... on Role { established }\n      ... on Mandate { mandateType document date }\n      ... on PolicyTool { pillars stages coercion }\n      ... on Channel { formal confidential status }\n      ... on Situation { startDate endDate region }\n      ... on Event { eventDate: date outcome }\n    }\n  }\n": types.EntityDetailsDocument,
    "\n  query SituationList {\n    situations {\n      id\n      name\n      aliases\n      description\n      startDate\n      endDate\n      region\n      citations { ...CitationFields }\n      events {\n        id\n        name\n        description\n        eventDate: date\n        outcome\n        citations { ...CitationFields }\n      }\n      involved {\n        id\n        label\n        from { id kind name }\n        to { id kind name }\n        what\n        how\n        role\n        outcome\n        date\n        startDate\n        endDate\n        citations { ...CitationFields }\n      }\n    }\n  }\n": types.SituationListDocument,
    "\n  query ToolCatalogue($first: Int, $after: String) {\n    tools(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          aliases\n          description\n          pillars\n          stages\n          coercion\n          usableBy { id kind name }\n          authorizedBy { id name }\n          citations { ...CitationFields }\n        }\n      }\n    }\n  }\n": types.ToolCatalogueDocument,
    "\n  query WhoCanAct($filter: ActFilter!) {\n    whoCanAct(filter: $filter) {\n      score\n      conditions\n      actor { id kind name }\n      tool { id kind name pillars stages coercion }\n      legalBasis { id kind name }\n      approvals {\n        requirement\n        what\n        actor { id kind name }\n        via { id kind name }\n        citations { ...CitationFields }\n      }\n      channels { id kind name }\n      citations { ...CitationFields }\n    }\n  }\n": types.WhoCanActDocument,
    "\n  query SituationOptions {\n    situations { id name startDate }\n  }\n": types.SituationOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    quote\n    source { key title publisher date url }\n  }\n"): typeof import('./graphql').CitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchEntities($text: String!, $kinds: [Kind!], $first: Int) {\n    search(text: $text, kinds: $kinds, first: $first) {\n      score\n      matchedOn\n      entity { id kind name aliases }\n    }\n  }\n"): typeof import('./graphql').SearchEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Routes($from: ID!, $to: ID!, $avoid: [ID!], $max: Int) {\n    channels(from: $from, to: $to, avoid: $avoid, max: $max) {\n      hops\n      steps {\n        formal\n        confidential\n        from { id kind name }\n        channel { id kind name }\n        to { id kind name }\n        citations { ...CitationFields }\n      }\n    }\n  }\n"): typeof import('./graphql').RoutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityNames($ids: [ID!]!, $limit: Int) {\n    neighborhood(ids: $ids, depth: 1, limit: $limit) {\n      nodes { id kind name label }\n    }\n  }\n"): typeof import('./graphql').EntityNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {\n    neighborhood(ids: $ids, depth: $depth, limit: $limit) {\n      truncated\n      nodes { id kind name label }\n      edges { id type source target label }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityDetails($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      name\n      aliases\n      description\n      citations { ...CitationFields }\n      relationships {\n        id\n        type\n        label\n        from { id kind name }\n        to { id kind name }\n        conditions\n        requirement\n        what\n        how\n        role\n        outcome\n        startDate\n        endDate\n        date\n        citations { ...CitationFields }\n      }\n      ... on Institution { institutionType: type established }\n      ... on Role { established }\n      ... on Mandate { mandateType document date }\n      ... on PolicyTool { pillars stages coercion }\n      ... on Channel { formal confidential status }\n      ... on Situation { startDate endDate region }\n      ... on Event { eventDate: date outcome }\n    }\n  }\n"): typeof import('./graphql').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SituationList {\n    situations {\n      id\n      name\n      aliases\n      description\n      startDate\n      endDate\n      region\n      citations { ...CitationFields }\n      events {\n        id\n        name\n        description\n        eventDate: date\n        outcome\n        citations { ...CitationFields }\n      }\n      involved {\n        id\n        label\n        from { id kind name }\n        to { id kind name }\n        what\n        how\n        role\n        outcome\n        date\n        startDate\n        endDate\n        citations { ...CitationFields }\n      }\n    }\n  }\n"): typeof import('./graphql').SituationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToolCatalogue($first: Int, $after: String) {\n    tools(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          aliases\n          description\n          pillars\n          stages\n          coercion\n          usableBy { id kind name }\n          authorizedBy { id name }\n          citations { ...CitationFields }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ToolCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoCanAct($filter: ActFilter!) {\n    whoCanAct(filter: $filter) {\n      score\n      conditions\n      actor { id kind name }\n      tool { id kind name pillars stages coercion }\n      legalBasis { id kind name }\n      approvals {\n        requirement\n        what\n        actor { id kind name }\n        via { id kind name }\n        citations { ...CitationFields }\n      }\n      channels { id kind name }\n      citations { ...CitationFields }\n    }\n  }\n"): typeof import('./graphql').WhoCanActDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SituationOptions {\n    situations { id name startDate }\n  }\n"): typeof import('./graphql').SituationOptionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
