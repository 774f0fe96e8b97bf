export const timelineTypeDefs = /* GraphQL */ `
  "Something that happened on a date."
  type TimelineEvent {
    "YYYY, YYYY-MM or YYYY-MM-DD."
    date: String!
    "The entity it concerns: the event, what was established, who was appointed or took up a post, the situation."
    entity: Entity!
    "event, established, appointed, held or situation-start."
    kind: String!
    "One line saying what happened."
    description: String!
  }

  type Query {
    """
    Dated events, establishments, appointments, posts taken up and situations beginning, in
    date order, optionally between \`from\` and \`to\` (YYYY, YYYY-MM or YYYY-MM-DD, inclusive);
    at most \`first\` of them (1 to 2000), the earliest first.
    """
    timeline(from: String, to: String, first: Int = 500): [TimelineEvent!]!
  }
`;
