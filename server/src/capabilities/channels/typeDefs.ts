export const channelsTypeDefs = /* GraphQL */ `
  "One hop of a route: an actor sends through a channel that reaches another actor."
  type RouteStep {
    "The actor sending."
    from: Entity!
    "The channel used."
    channel: Channel!
    "The actor reached."
    to: Entity!
    "Whether the channel is a formal procedure."
    formal: Boolean!
    "Whether what passes through it is confidential."
    confidential: Boolean!
    "Passages supporting the sending and the reaching (the SENDS and REACHES relationships)."
    citations: [Citation!]!
  }

  "A way for information or a request to travel from one actor to another."
  type Route {
    "The hops in order."
    steps: [RouteStep!]!
    "Number of hops (channels used)."
    hops: Int!
  }

  type Query {
    """
    Up to \`max\` (1 to 20) alternative routes from one actor to another through channels,
    shortest first, each at most \`maxHops\` (1 to 8) channels long and never passing an
    actor twice. Every entity in \`avoid\` (actor or channel) is left out: what routes remain
    if it is closed. Unknown ids are an error naming the argument.
    """
    channels(from: ID!, to: ID!, avoid: [ID!], max: Int = 5, maxHops: Int = 6): [Route!]!
  }
`;
