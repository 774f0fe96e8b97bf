export const whoCanActTypeDefs = /* GraphQL */ `
  "Which options to list. Every field is optional; all given fields must hold."
  input ActFilter {
    "Crime id, e.g. crimes-against-humanity: the tool ADDRESSES it."
    crime: ID
    "R2P pillar, 1 to 3: the tool belongs to it."
    pillar: Int
    "The tool applies at this stage."
    stage: Stage
    "The tool is at most this coercive."
    maxCoercion: Coercion
    "Situation id: tools USED_IN that situation (or an event in it), or actors INVOLVED_IN it."
    situation: ID
    """
    Drop options whose REQUIRES chain includes any of these ids (followed transitively),
    and options where one of them is the actor itself; channels whose chain includes them
    are left out of the remaining options. E.g. ["un-security-council"]: only options that
    need no Security Council decision.
    """
    withoutApprovalOf: [ID!]
  }

  "Someone who could act, with which tool, on which basis, with whose approval, through which channels."
  type ActOption {
    "The actor who can use the tool."
    actor: Entity!
    "The tool."
    tool: PolicyTool!
    "Conditions under which the actor can use the tool (from the CAN_USE relationship)."
    conditions: String
    "Mandates authorizing the tool or granting the actor authority."
    legalBasis: [Mandate!]!
    "Approvals or consent needed: the REQUIRES chain from the tool and from the channels listed."
    approvals: [Approval!]!
    "Channels by which the actor can set the tool in motion (channels it sends through)."
    channels: [Channel!]!
    "Passages supporting that the actor can use the tool (the CAN_USE relationship)."
    citations: [Citation!]!
    "Ranking: fewer approvals needed, then lower coercion, then more citations rank higher."
    score: Float!
    "Number of other actors whose approval the tool needs (channels aside)."
    approvalCount: Int!
  }

  "An actor whose decision, consent, funding, cooperation or information is needed."
  type Approval {
    "Whose approval."
    actor: Entity!
    "decision, consent, funding, cooperation, request or information."
    requirement: String!
    "What exactly is needed."
    what: String
    "The tool, channel or actor that needs it (the start of this link of the chain)."
    via: Entity!
    "Passages supporting the requirement."
    citations: [Citation!]!
  }

  type Query {
    """
    Who can act, with which tool: options ranked by how few approvals they need, how little
    coercion they use, and how well they are sourced. Unknown ids in the filter are an
    error naming the argument.
    """
    whoCanAct(filter: ActFilter!): [ActOption!]!
  }
`;
