/** Fields every entity type repeats from the Entity interface (GraphQL has no interface inheritance of fields). */
const COMMON = /* GraphQL */ `
    "Stable, readable id (a slug such as un-security-council)."
    id: ID!
    "What the entity is."
    kind: Kind!
    "Full name."
    name: String!
    "Other names and acronyms (UNSC, SAPG…)."
    aliases: [String!]!
    "One to three sentences in the project's own words."
    description: String!
    "Passages of the sources that support this entity."
    citations: [Citation!]!
    "All relationships of this entity, optionally filtered by type and direction."
    relationships(types: [RelationshipType!], direction: Direction): [Relationship!]!`;

export const entityTypeDefs = /* GraphQL */ `
  "Anything in the graph: an actor, a tool, a mandate, a channel, a crime, a situation…"
  interface Entity {
    ${COMMON}
  }

  "A cited, typed link between two entities."
  type Relationship {
    "Stable id of the relationship."
    id: ID!
    "The verb."
    type: RelationshipType!
    "The verb in words, for example \\"can use\\"."
    label: String!
    "Where the relationship starts."
    from: Entity!
    "Where it points."
    to: Entity!
    "CAN_USE: under which conditions the actor can use the tool."
    conditions: String
    "REQUIRES: decision, consent, funding, cooperation, request or information."
    requirement: String
    "What passes, is granted, authorized, required or supported."
    what: String
    "CAN_BLOCK: how the actor can veto or stall."
    how: String
    "MEMBER_OF / INVOLVED_IN: the role played."
    role: String
    "USED_IN: what came of it."
    outcome: String
    "HOLDS / MEMBER_OF: since when."
    startDate: String
    "HOLDS / MEMBER_OF: until when."
    endDate: String
    "APPOINTED, ESTABLISHED, SUCCEEDED, PROPOSED, DECIDED: when."
    date: String
    "Passages of the sources that support this relationship."
    citations: [Citation!]!
  }

  "An organ, office, organization or government body that can act or decide."
  type Institution implements Entity {
    ${COMMON}
    "un-organ, un-office, regional-body, national-body, court, ngo…"
    type: String!
    "When it was established (YYYY, YYYY-MM or YYYY-MM-DD)."
    established: String
    "The institution it is part of."
    parent: Institution
    "Institutions that are part of it."
    children: [Institution!]!
    "Mandates that grant it authority."
    mandates: [Mandate!]!
    "Policy tools it can use."
    tools: [PolicyTool!]!
    "Channels it sends through."
    channelsOut: [Channel!]!
    "Channels that reach it."
    channelsIn: [Channel!]!
    "Posts that sit in it."
    roles: [Role!]!
  }

  "A post held by people over time."
  type Role implements Entity {
    ${COMMON}
    "When the post was created."
    established: String
    "The institution the post sits in."
    institution: Institution
    "People who held the post, with dates."
    holders: [Holding!]!
    "Policy tools the post-holder can use."
    tools: [PolicyTool!]!
    "Mandates that grant the post authority."
    mandates: [Mandate!]!
  }

  "A person holding a role for a time."
  type Holding {
    "Who."
    person: Person!
    "Which post."
    role: Role!
    "From (YYYY, YYYY-MM or YYYY-MM-DD)."
    startDate: String
    "Until, if it ended."
    endDate: String
  }

  "Someone who held a role or acted in a situation."
  type Person implements Entity {
    ${COMMON}
    "Posts held, with dates."
    roles: [Holding!]!
  }

  "A country."
  type State implements Entity {
    ${COMMON}
    "Organizations it is a member of."
    memberOf: [Institution!]!
  }

  "A legal or political basis for action."
  type Mandate implements Entity {
    ${COMMON}
    "charter-provision, treaty-provision, resolution, outcome-document, report, policy, law or letter."
    mandateType: String!
    "Document symbol, such as S/2004/567."
    document: String
    "Date of the document."
    date: String
    "Institutions and roles it gives authority to."
    grantsTo: [Entity!]!
    "Tools, channels and events it authorizes."
    authorizes: [Entity!]!
  }

  "An instrument an actor can use against mass atrocities."
  type PolicyTool implements Entity {
    ${COMMON}
    "R2P pillars it belongs to (1, 2, 3)."
    pillars: [Int!]!
    "When in a crisis it applies."
    stages: [Stage!]!
    "How coercive it is."
    coercion: Coercion!
    "Actors that can use it."
    usableBy: [Entity!]!
    "Mandates that authorize it."
    authorizedBy: [Mandate!]!
    "Whose decision, consent, funding, cooperation or information it needs (REQUIRES relationships)."
    requires: [Relationship!]!
    "Crimes and risk factors it addresses."
    addresses: [Entity!]!
    "Actors that can veto or stall it."
    blockableBy: [Entity!]!
  }

  "A route for information, requests or decisions from one actor to another."
  type Channel implements Entity {
    ${COMMON}
    "Formal (established procedure) or informal."
    formal: Boolean!
    "Confidential or public."
    confidential: Boolean!
    "existing or proposed."
    status: String!
    "Actors that send through it."
    senders: [Entity!]!
    "Actors it reaches."
    recipients: [Entity!]!
    "Whose decision, consent or cooperation it needs (REQUIRES relationships)."
    requires: [Relationship!]!
    "Actors that can veto or stall it."
    blockableBy: [Entity!]!
  }

  "One of the four R2P crimes, or incitement."
  type Crime implements Entity {
    ${COMMON}
  }

  "A case the reports discuss."
  type Situation implements Entity {
    ${COMMON}
    "When it began."
    startDate: String
    "When it ended."
    endDate: String
    "Where."
    region: String
    "Events that are part of it."
    events: [Event!]!
    "Actors involved in it and tools used in it (INVOLVED_IN and USED_IN relationships)."
    involved: [Relationship!]!
  }

  "A dated occurrence."
  type Event implements Entity {
    ${COMMON}
    "When (YYYY, YYYY-MM or YYYY-MM-DD)."
    date: String!
    "What came of it."
    outcome: String
    "The situation it is part of."
    situation: Situation
  }

  "A factor of the enabling environment for atrocities."
  type RiskFactor implements Entity {
    ${COMMON}
  }

  type Query {
    "One entity by id; null when no entity has that id."
    entity(id: ID!): Entity
  }
`;
