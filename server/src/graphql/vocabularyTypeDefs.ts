import { COERCION_LEVELS, KINDS, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, STAGES } from '../../../seed/src/model/vocabulary.js';

/**
 * Enums and citation types every capability shares. Kinds and relationship types are
 * generated from the model's constant lists, so the schema cannot drift from the data.
 */
const KIND_DESCRIPTIONS: Record<(typeof KINDS)[number], string> = {
  Institution: 'An organ, office, organization, mission, court, government body, NGO or institute that can act or decide.',
  Role: 'A post held by people over time, such as the Secretary-General.',
  Person: 'Someone who held a role or acted in a situation.',
  State: 'A country acting as member state, troop contributor, kin state or state concerned.',
  Mandate: 'A legal or political basis that gives an actor authority or a tool legitimacy.',
  PolicyTool: 'An instrument an actor can use against mass atrocities.',
  Channel: 'A route along which information, requests or decisions pass from one actor to another.',
  Crime: 'One of the four R2P crimes, or incitement to them.',
  Situation: 'A case the reports discuss, such as Rwanda (1994).',
  Event: 'A dated occurrence: a report, an option put to an organ, a decision, a deployment.',
  RiskFactor: 'A factor of the enabling environment for atrocities.',
};

const STAGE_DESCRIPTIONS: Record<(typeof STAGES)[number], string> = {
  prevent: 'Long-term prevention, before warning signs.',
  anticipate: 'Early warning and assessment when signs appear.',
  respond: 'Response while atrocities are threatened or under way.',
  rebuild: 'Rebuilding and accountability afterwards.',
};

/** GraphQL enum value for a coercion level (hyphens are not allowed in enum names). */
export const coercionEnumValue = (level: string) => level.replaceAll('-', '_');

const COERCION_DESCRIPTIONS: Record<(typeof COERCION_LEVELS)[number], string> = {
  persuasive: 'Diplomacy, advice, information: no pressure beyond persuasion.',
  'non-military-coercive': 'Pressure short of force: sanctions, embargoes, prosecution, suspension.',
  military: 'Use or threat of armed force, including intervention and robust peacekeeping.',
};

export const vocabularyTypeDefs = /* GraphQL */ `
  "What an entity is: its label in the graph."
  enum Kind {
    ${KINDS.map((kind) => `"${KIND_DESCRIPTIONS[kind]}"\n    ${kind}`).join('\n    ')}
  }

  "The verbs of the graph: what a relationship says about its two ends."
  enum RelationshipType {
    ${RELATIONSHIP_TYPE_NAMES.map((type) => `"Reads as: ${RELATIONSHIP_TYPES[type].label}."\n    ${type}`).join('\n    ')}
  }

  "When in a crisis a tool applies."
  enum Stage {
    ${STAGES.map((stage) => `"${STAGE_DESCRIPTIONS[stage]}"\n    ${stage}`).join('\n    ')}
  }

  "How coercive a tool is, from least to most."
  enum Coercion {
    ${COERCION_LEVELS.map((level) => `"${COERCION_DESCRIPTIONS[level]}"\n    ${coercionEnumValue(level)}`).join('\n    ')}
  }

  "Which way a relationship points, seen from the entity asking."
  enum Direction {
    "From this entity to another."
    OUT
    "From another entity to this one."
    IN
  }

  "A document the graph cites: one of the three reports, or a public document they name."
  type Source {
    "Short key, for example ipi-2008."
    key: ID!
    "Full title."
    title: String!
    "Who published it."
    publisher: String!
    "Publication date (YYYY, YYYY-MM or YYYY-MM-DD)."
    date: String!
    "Where to read it, when it is online."
    url: String
  }

  "The evidence for a node or relationship: a passage quoted exactly from a source."
  type Citation {
    "The document quoted."
    source: Source!
    "The passage, copied exactly."
    quote: String!
  }
`;

/** Enum resolvers mapping GraphQL enum values to the values stored in the data. */
export const vocabularyResolvers = {
  Coercion: Object.fromEntries(COERCION_LEVELS.map((level) => [coercionEnumValue(level), level])),
};
