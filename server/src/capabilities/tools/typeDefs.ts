export const toolsTypeDefs = /* GraphQL */ `
  "A tool and its position in the list."
  type ToolEdge {
    "Pass as \`after\` to continue after this tool."
    cursor: String!
    "The tool."
    node: PolicyTool!
  }

  "Where a page stands in the whole list."
  type PageInfo {
    "Whether more tools follow."
    hasNextPage: Boolean!
    "Cursor of the last tool on this page (null when the page is empty)."
    endCursor: String
  }

  "A page of policy tools (Relay connection)."
  type ToolConnection {
    "The tools on this page, in name order."
    edges: [ToolEdge!]!
    "Paging state."
    pageInfo: PageInfo!
    "How many tools pass the filter, over all pages."
    totalCount: Int!
  }

  "Which tools to list. All given fields must hold."
  input ToolFilter {
    "R2P pillar, 1 to 3."
    pillar: Int
    "Stage at which the tool applies."
    stage: Stage
    "Exactly this coercion."
    coercion: Coercion
    "Id of an actor that CAN_USE the tool."
    usableBy: ID
    "Text found (case-insensitive) in the name, an alias or the description."
    text: String
  }

  type Query {
    "The toolbox: policy tools in name order, \`first\` (1 to 100) at a time after the cursor \`after\`."
    tools(filter: ToolFilter, first: Int = 20, after: String): ToolConnection!
  }
`;
