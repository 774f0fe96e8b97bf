/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which options to list. Every field is optional; all given fields must hold. */
export type ActFilter = {
  /** Crime id, e.g. crimes-against-humanity: the tool ADDRESSES it. */
  crime?: string | number | null | undefined;
  /** The tool is at most this coercive. */
  maxCoercion?: Coercion | null | undefined;
  /** R2P pillar, 1 to 3: the tool belongs to it. */
  pillar?: number | null | undefined;
  /** Situation id: tools USED_IN that situation (or an event in it), or actors INVOLVED_IN it. */
  situation?: string | number | null | undefined;
  /** The tool applies at this stage. */
  stage?: Stage | null | undefined;
  /**
   * Drop options whose REQUIRES chain includes any of these ids (followed transitively),
   * and options where one of them is the actor itself; channels whose chain includes them
   * are left out of the remaining options. E.g. ["un-security-council"]: only options that
   * need no Security Council decision.
   */
  withoutApprovalOf?: Array<string | number> | null | undefined;
};

/** How coercive a tool is, from least to most. */
export type Coercion =
  /** Use or threat of armed force, including intervention and robust peacekeeping. */
  | 'military'
  /** Pressure short of force: sanctions, embargoes, prosecution, suspension. */
  | 'non_military_coercive'
  /** Diplomacy, advice, information: no pressure beyond persuasion. */
  | 'persuasive';

/** What an entity is: its label in the graph. */
export type Kind =
  /** A route along which information, requests or decisions pass from one actor to another. */
  | 'Channel'
  /** One of the four R2P crimes, or incitement to them. */
  | 'Crime'
  /** A dated occurrence: a report, an option put to an organ, a decision, a deployment. */
  | 'Event'
  /** An organ, office, organization, mission, court, government body, NGO or institute that can act or decide. */
  | 'Institution'
  /** A legal or political basis that gives an actor authority or a tool legitimacy. */
  | 'Mandate'
  /** Someone who held a role or acted in a situation. */
  | 'Person'
  /** An instrument an actor can use against mass atrocities. */
  | 'PolicyTool'
  /** A factor of the enabling environment for atrocities. */
  | 'RiskFactor'
  /** A post held by people over time, such as the Secretary-General. */
  | 'Role'
  /** A case the reports discuss, such as Rwanda (1994). */
  | 'Situation'
  /** A country acting as member state, troop contributor, kin state or state concerned. */
  | 'State';

/** The verbs of the graph: what a relationship says about its two ends. */
export type RelationshipType =
  /** Reads as: addresses. */
  | 'ADDRESSES'
  /** Reads as: advises. */
  | 'ADVISES'
  /** Reads as: appointed. */
  | 'APPOINTED'
  /** Reads as: authorizes. */
  | 'AUTHORIZES'
  /** Reads as: can block. */
  | 'CAN_BLOCK'
  /** Reads as: can use. */
  | 'CAN_USE'
  /** Reads as: concerns. */
  | 'CONCERNS'
  /** Reads as: decided. */
  | 'DECIDED'
  /** Reads as: established. */
  | 'ESTABLISHED'
  /** Reads as: grants authority to. */
  | 'GRANTS'
  /** Reads as: holds. */
  | 'HOLDS'
  /** Reads as: involved in. */
  | 'INVOLVED_IN'
  /** Reads as: member of. */
  | 'MEMBER_OF'
  /** Reads as: part of. */
  | 'PART_OF'
  /** Reads as: present in. */
  | 'PRESENT_IN'
  /** Reads as: proposed. */
  | 'PROPOSED'
  /** Reads as: reaches. */
  | 'REACHES'
  /** Reads as: reports to. */
  | 'REPORTS_TO'
  /** Reads as: requires. */
  | 'REQUIRES'
  /** Reads as: risk factor of. */
  | 'RISK_OF'
  /** Reads as: sends through. */
  | 'SENDS'
  /** Reads as: succeeded. */
  | 'SUCCEEDED'
  /** Reads as: supports. */
  | 'SUPPORTS'
  /** Reads as: used in. */
  | 'USED_IN';

/** When in a crisis a tool applies. */
export type Stage =
  /** Early warning and assessment when signs appear. */
  | 'anticipate'
  /** Long-term prevention, before warning signs. */
  | 'prevent'
  /** Rebuilding and accountability afterwards. */
  | 'rebuild'
  /** Response while atrocities are threatened or under way. */
  | 'respond';

export type CitationFieldsFragment = { quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } };

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  kinds?: Array<Kind> | Kind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchEntitiesQuery = { search: Array<{ score: number, matchedOn: string, entity:
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
      | { id: string, kind: Kind, name: string, aliases: Array<string> }
     }> };

export type RoutesQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  avoid?: Array<string | number> | string | number | null | undefined;
  max?: number | null | undefined;
}>;


export type RoutesQuery = { channels: Array<{ hops: number, steps: Array<{ formal: boolean, confidential: boolean, from:
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
      , channel: { id: string, kind: Kind, name: string }, to:
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
      , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }> };

export type EntityNamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  limit?: number | null | undefined;
}>;


export type EntityNamesQuery = { neighborhood: { nodes: Array<{ id: string, kind: Kind, name: string, label: string }> } };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: Kind, name: string, label: string }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, label: string }> } };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { entity:
    | { formal: boolean, confidential: boolean, status: string, id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { outcome: string | null, id: string, kind: Kind, name: string, aliases: Array<string>, description: string, eventDate: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { established: string | null, id: string, kind: Kind, name: string, aliases: Array<string>, description: string, institutionType: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { mandateType: string, document: string | null, date: string | null, id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { pillars: Array<number>, stages: Array<Stage>, coercion: Coercion, id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { established: string | null, id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { startDate: string | null, endDate: string | null, region: string | null, id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
    | { id: string, kind: Kind, name: string, aliases: Array<string>, description: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, relationships: Array<{ id: string, type: RelationshipType, label: string, conditions: string | null, requirement: string | null, what: string | null, how: string | null, role: string | null, outcome: string | null, startDate: string | null, endDate: string | null, date: string | null, from:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , to:
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }
   | null };

export type SituationListQueryVariables = Exact<{ [key: string]: never; }>;


export type SituationListQuery = { situations: Array<{ id: string, name: string, aliases: Array<string>, description: string, startDate: string | null, endDate: string | null, region: string | null, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }>, events: Array<{ id: string, name: string, description: string, outcome: string | null, eventDate: string, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }>, involved: Array<{ id: string, label: string, what: string | null, how: string | null, role: string | null, outcome: string | null, date: string | null, startDate: string | null, endDate: string | null, from:
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
      , to:
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
      , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> }> };

export type ToolCatalogueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ToolCatalogueQuery = { tools: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, aliases: Array<string>, description: string, pillars: Array<number>, stages: Array<Stage>, coercion: Coercion, usableBy: Array<
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
          | { id: string, kind: Kind, name: string }
        >, authorizedBy: Array<{ id: string, name: string }>, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> } }> } };

export type WhoCanActQueryVariables = Exact<{
  filter: ActFilter;
}>;


export type WhoCanActQuery = { whoCanAct: Array<{ score: number, conditions: string | null, actor:
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
      | { id: string, kind: Kind, name: string }
    , tool: { id: string, kind: Kind, name: string, pillars: Array<number>, stages: Array<Stage>, coercion: Coercion }, legalBasis: Array<{ id: string, kind: Kind, name: string }>, approvals: Array<{ requirement: string, what: string | null, actor:
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
      , via:
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
        | { id: string, kind: Kind, name: string }
      , citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }>, channels: Array<{ id: string, kind: Kind, name: string }>, citations: Array<{ quote: string, source: { key: string, title: string, publisher: string, date: string, url: string | null } }> }> };

export type SituationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SituationOptionsQuery = { situations: Array<{ id: string, name: string, startDate: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  quote
  source {
    key
    title
    publisher
    date
    url
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const SearchEntitiesDocument = new TypedDocumentString(`
    query SearchEntities($text: String!, $kinds: [Kind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    score
    matchedOn
    entity {
      id
      kind
      name
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const RoutesDocument = new TypedDocumentString(`
    query Routes($from: ID!, $to: ID!, $avoid: [ID!], $max: Int) {
  channels(from: $from, to: $to, avoid: $avoid, max: $max) {
    hops
    steps {
      formal
      confidential
      from {
        id
        kind
        name
      }
      channel {
        id
        kind
        name
      }
      to {
        id
        kind
        name
      }
      citations {
        ...CitationFields
      }
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source {
    key
    title
    publisher
    date
    url
  }
}`) as unknown as TypedDocumentString<RoutesQuery, RoutesQueryVariables>;
export const EntityNamesDocument = new TypedDocumentString(`
    query EntityNames($ids: [ID!]!, $limit: Int) {
  neighborhood(ids: $ids, depth: 1, limit: $limit) {
    nodes {
      id
      kind
      name
      label
    }
  }
}
    `) as unknown as TypedDocumentString<EntityNamesQuery, EntityNamesQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit) {
    truncated
    nodes {
      id
      kind
      name
      label
    }
    edges {
      id
      type
      source
      target
      label
    }
  }
}
    `) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!) {
  entity(id: $id) {
    id
    kind
    name
    aliases
    description
    citations {
      ...CitationFields
    }
    relationships {
      id
      type
      label
      from {
        id
        kind
        name
      }
      to {
        id
        kind
        name
      }
      conditions
      requirement
      what
      how
      role
      outcome
      startDate
      endDate
      date
      citations {
        ...CitationFields
      }
    }
    ... on Institution {
      institutionType: type
      established
    }
    ... on Role {
      established
    }
    ... on Mandate {
      mandateType
      document
      date
    }
    ... on PolicyTool {
      pillars
      stages
      coercion
    }
    ... on Channel {
      formal
      confidential
      status
    }
    ... on Situation {
      startDate
      endDate
      region
    }
    ... on Event {
      eventDate: date
      outcome
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source {
    key
    title
    publisher
    date
    url
  }
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const SituationListDocument = new TypedDocumentString(`
    query SituationList {
  situations {
    id
    name
    aliases
    description
    startDate
    endDate
    region
    citations {
      ...CitationFields
    }
    events {
      id
      name
      description
      eventDate: date
      outcome
      citations {
        ...CitationFields
      }
    }
    involved {
      id
      label
      from {
        id
        kind
        name
      }
      to {
        id
        kind
        name
      }
      what
      how
      role
      outcome
      date
      startDate
      endDate
      citations {
        ...CitationFields
      }
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source {
    key
    title
    publisher
    date
    url
  }
}`) as unknown as TypedDocumentString<SituationListQuery, SituationListQueryVariables>;
export const ToolCatalogueDocument = new TypedDocumentString(`
    query ToolCatalogue($first: Int, $after: String) {
  tools(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        aliases
        description
        pillars
        stages
        coercion
        usableBy {
          id
          kind
          name
        }
        authorizedBy {
          id
          name
        }
        citations {
          ...CitationFields
        }
      }
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source {
    key
    title
    publisher
    date
    url
  }
}`) as unknown as TypedDocumentString<ToolCatalogueQuery, ToolCatalogueQueryVariables>;
export const WhoCanActDocument = new TypedDocumentString(`
    query WhoCanAct($filter: ActFilter!) {
  whoCanAct(filter: $filter) {
    score
    conditions
    actor {
      id
      kind
      name
    }
    tool {
      id
      kind
      name
      pillars
      stages
      coercion
    }
    legalBasis {
      id
      kind
      name
    }
    approvals {
      requirement
      what
      actor {
        id
        kind
        name
      }
      via {
        id
        kind
        name
      }
      citations {
        ...CitationFields
      }
    }
    channels {
      id
      kind
      name
    }
    citations {
      ...CitationFields
    }
  }
}
    fragment CitationFields on Citation {
  quote
  source {
    key
    title
    publisher
    date
    url
  }
}`) as unknown as TypedDocumentString<WhoCanActQuery, WhoCanActQueryVariables>;
export const SituationOptionsDocument = new TypedDocumentString(`
    query SituationOptions {
  situations {
    id
    name
    startDate
  }
}
    `) as unknown as TypedDocumentString<SituationOptionsQuery, SituationOptionsQueryVariables>;