/**
 * The model's fixed vocabularies: node kinds, relationship types and the kinds each type may
 * join, and the enumerations of kind-specific fields. The validator, the loader and the
 * GraphQL schema all read these constants, so labels and relationship types that reach
 * Cypher always come from here, never from a request or a data file.
 *
 * The model is described for people in docs/model.md.
 */

export const KINDS = [
  'Institution',
  'Role',
  'Person',
  'State',
  'Mandate',
  'PolicyTool',
  'Channel',
  'Crime',
  'Situation',
  'Event',
  'RiskFactor',
] as const;
export type Kind = (typeof KINDS)[number];

export const INSTITUTION_TYPES = [
  'international-organization',
  'un-organ',
  'un-office',
  'mission',
  'regional-organization',
  'regional-body',
  'national-body',
  'court',
  'ngo',
  'research-institute',
  'commission',
  'state-group',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const MANDATE_TYPES = [
  'charter-provision',
  'treaty-provision',
  'resolution',
  'outcome-document',
  'report',
  'policy',
  'law',
  'letter',
] as const;

export const PILLARS = [1, 2, 3] as const;
export const STAGES = ['prevent', 'anticipate', 'respond', 'rebuild'] as const;
export type Stage = (typeof STAGES)[number];
/** Ordered from least to most coercive: "maximum coercion" filters rely on this order. */
export const COERCION_LEVELS = ['persuasive', 'non-military-coercive', 'military'] as const;
export type Coercion = (typeof COERCION_LEVELS)[number];
export const CHANNEL_STATUSES = ['existing', 'proposed'] as const;
export const REQUIREMENTS = ['decision', 'consent', 'funding', 'cooperation', 'request', 'information'] as const;

const ACTOR: Kind[] = ['Institution', 'Role', 'Person', 'State'];

/** Relationship types: the kinds each joins, its optional properties, and how it reads. */
export const RELATIONSHIP_TYPES = {
  PART_OF: {
    pairs: [
      [['Institution'], ['Institution']],
      [['Role'], ['Institution']],
      [['Mandate'], ['Mandate']],
      [['Event'], ['Situation', 'Event']],
      [['Situation'], ['Situation']],
    ],
    label: 'part of',
  },
  MEMBER_OF: { pairs: [[['State', 'Institution', 'Person'], ['Institution']]], label: 'member of' },
  HOLDS: { pairs: [[['Person'], ['Role']]], label: 'holds' },
  GRANTS: { pairs: [[['Mandate'], ['Institution', 'Role']]], label: 'grants authority to' },
  AUTHORIZES: { pairs: [[['Mandate'], ['PolicyTool', 'Channel', 'Event']]], label: 'authorizes' },
  CAN_USE: { pairs: [[ACTOR, ['PolicyTool']]], label: 'can use' },
  REQUIRES: { pairs: [[['PolicyTool', 'Channel', 'Event'], ACTOR]], label: 'requires' },
  CAN_BLOCK: { pairs: [[ACTOR, ['PolicyTool', 'Channel', 'Mandate', 'Event']]], label: 'can block' },
  ADDRESSES: {
    pairs: [[['PolicyTool', 'Mandate', 'Institution', 'Role'], ['Crime', 'RiskFactor']]],
    label: 'addresses',
  },
  SENDS: { pairs: [[ACTOR, ['Channel']]], label: 'sends through' },
  REACHES: { pairs: [[['Channel'], ACTOR]], label: 'reaches' },
  REPORTS_TO: { pairs: [[['Institution', 'Role'], ['Institution', 'Role']]], label: 'reports to' },
  ADVISES: { pairs: [[['Institution', 'Role', 'Person'], ['Institution', 'Role', 'State']]], label: 'advises' },
  APPOINTED: { pairs: [[['Institution', 'Role', 'Person'], ['Person', 'Role']]], label: 'appointed' },
  ESTABLISHED: {
    pairs: [[['Institution', 'Role', 'Person', 'State', 'Mandate'], ['Institution', 'Role', 'Mandate', 'PolicyTool', 'Channel']]],
    label: 'established',
  },
  SUCCEEDED: {
    pairs: [
      [['Institution'], ['Institution']],
      [['Mandate'], ['Mandate']],
      [['Role'], ['Role']],
    ],
    label: 'succeeded',
  },
  INVOLVED_IN: { pairs: [[ACTOR, ['Situation', 'Event']]], label: 'involved in' },
  USED_IN: { pairs: [[['PolicyTool'], ['Situation', 'Event']]], label: 'used in' },
  SUPPORTS: {
    pairs: [[ACTOR, ['Institution', 'Role', 'PolicyTool', 'Mandate', 'Channel']]],
    label: 'supports',
  },
  PROPOSED: {
    pairs: [[ACTOR, ['Event', 'PolicyTool', 'Channel', 'Mandate', 'Institution', 'Role']]],
    label: 'proposed',
  },
  DECIDED: { pairs: [[ACTOR, ['Event']]], label: 'decided' },
  CONCERNS: { pairs: [[['Situation', 'Event'], ['Crime', 'State', 'RiskFactor']]], label: 'concerns' },
  RISK_OF: { pairs: [[['RiskFactor'], ['Crime']]], label: 'risk factor of' },
  PRESENT_IN: { pairs: [[['RiskFactor'], ['Situation']]], label: 'present in' },
} as const satisfies Record<string, { pairs: readonly (readonly [readonly Kind[], readonly Kind[]])[]; label: string }>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Properties a relationship may carry, by name; all optional except `requirement` on REQUIRES. */
export const RELATIONSHIP_PROPERTIES = [
  'conditions',
  'requirement',
  'what',
  'how',
  'role',
  'outcome',
  'startDate',
  'endDate',
  'date',
] as const;

/** True when a relationship of `type` may go from a `from` kind to a `to` kind. */
export function joins(type: RelationshipType, from: Kind, to: Kind): boolean {
  return (RELATIONSHIP_TYPES[type].pairs as readonly (readonly [readonly Kind[], readonly Kind[]])[]).some(
    ([froms, tos]) => froms.includes(from) && tos.includes(to),
  );
}
