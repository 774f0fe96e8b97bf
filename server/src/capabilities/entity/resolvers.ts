import type { Kind, RelationshipType } from '../../../../seed/src/model/vocabulary.js';
import { RELATIONSHIP_TYPES } from '../../../../seed/src/model/vocabulary.js';
import type { Context } from '../../graphql/context.js';
import { related, relationshipsOf, type Direction } from './related.js';
import { citationsOf, type CitationRow, type EntityRow, type RelationshipRow } from './rows.js';

type Resolver<P, R, A = Record<string, never>> = (parent: P, args: A, context: Context) => R | Promise<R>;

/** Loads an entity that must exist (the far end of a stored relationship). */
async function mustLoad(context: Context, id: string): Promise<EntityRow> {
  const row = await context.loaders.entity.load(id);
  if (!row) throw new Error(`Entity ${id} vanished while the request ran`);
  return row;
}

const entityFields = {
  citations: (parent: EntityRow) => citationsOf(parent),
  relationships: ((parent, args, context) => relationshipsOf(context, parent.id, args.types, args.direction)) as Resolver<
    EntityRow,
    RelationshipRow[],
    { types?: RelationshipType[] | null; direction?: Direction | null }
  >,
};

/** Resolver of a list field: entities at the other end of `type` in `direction`, optionally of some kinds. */
const list =
  (type: RelationshipType, direction: Direction, kinds?: Kind[]) =>
  (parent: EntityRow, _args: unknown, context: Context) =>
    related(context, parent.id, type, direction, kinds);

/** Resolver of a single-valued field: the first such entity, or null. */
const single =
  (type: RelationshipType, direction: Direction, kinds?: Kind[]) =>
  async (parent: EntityRow, _args: unknown, context: Context) =>
    (await related(context, parent.id, type, direction, kinds))[0] ?? null;

const relationshipList =
  (types: RelationshipType[], direction: Direction) =>
  (parent: EntityRow, _args: unknown, context: Context) =>
    relationshipsOf(context, parent.id, types, direction);

/** HOLDS relationships as holdings, seen from the person or the role. */
const holdings =
  (direction: Direction) =>
  async (parent: EntityRow, _args: unknown, context: Context) =>
    (await relationshipsOf(context, parent.id, ['HOLDS'], direction)).map((row) => ({
      personId: row.fromId,
      roleId: row.toId,
      startDate: row.startDate ?? null,
      endDate: row.endDate ?? null,
    }));

interface HoldingRow {
  personId: string;
  roleId: string;
}

export const entityResolvers = {
  Query: {
    entity: (_parent: unknown, { id }: { id: string }, context: Context) => context.loaders.entity.load(id),
  },
  Entity: {
    __resolveType: (parent: EntityRow) => parent.kind,
  },
  Citation: {
    source: async ({ sourceKey }: CitationRow, _args: unknown, context: Context) => {
      const source = await context.loaders.source.load(sourceKey);
      if (!source) throw new Error(`Source ${sourceKey} is not in the source registry`);
      return { ...source, date: String(source.date) };
    },
  },
  Relationship: {
    label: (row: RelationshipRow) => RELATIONSHIP_TYPES[row.type].label,
    from: (row: RelationshipRow, _args: unknown, context: Context) => mustLoad(context, row.fromId),
    to: (row: RelationshipRow, _args: unknown, context: Context) => mustLoad(context, row.toId),
    citations: (row: RelationshipRow) => citationsOf(row),
  },
  Holding: {
    person: (row: HoldingRow, _args: unknown, context: Context) => mustLoad(context, row.personId),
    role: (row: HoldingRow, _args: unknown, context: Context) => mustLoad(context, row.roleId),
  },
  Institution: {
    ...entityFields,
    parent: single('PART_OF', 'OUT', ['Institution']),
    children: list('PART_OF', 'IN', ['Institution']),
    mandates: list('GRANTS', 'IN'),
    tools: list('CAN_USE', 'OUT'),
    channelsOut: list('SENDS', 'OUT'),
    channelsIn: list('REACHES', 'IN'),
    roles: list('PART_OF', 'IN', ['Role']),
  },
  Role: {
    ...entityFields,
    institution: single('PART_OF', 'OUT', ['Institution']),
    holders: holdings('IN'),
    tools: list('CAN_USE', 'OUT'),
    mandates: list('GRANTS', 'IN'),
  },
  Person: { ...entityFields, roles: holdings('OUT') },
  State: { ...entityFields, memberOf: list('MEMBER_OF', 'OUT', ['Institution']) },
  Mandate: {
    ...entityFields,
    grantsTo: list('GRANTS', 'OUT'),
    authorizes: list('AUTHORIZES', 'OUT'),
  },
  PolicyTool: {
    ...entityFields,
    pillars: (parent: EntityRow) => (parent.pillars as number[] | undefined) ?? [],
    stages: (parent: EntityRow) => (parent.stages as string[] | undefined) ?? [],
    usableBy: list('CAN_USE', 'IN'),
    authorizedBy: list('AUTHORIZES', 'IN', ['Mandate']),
    requires: relationshipList(['REQUIRES'], 'OUT'),
    addresses: list('ADDRESSES', 'OUT'),
    blockableBy: list('CAN_BLOCK', 'IN'),
  },
  Channel: {
    ...entityFields,
    senders: list('SENDS', 'IN'),
    recipients: list('REACHES', 'OUT'),
    requires: relationshipList(['REQUIRES'], 'OUT'),
    blockableBy: list('CAN_BLOCK', 'IN'),
  },
  Crime: { ...entityFields },
  Situation: {
    ...entityFields,
    events: list('PART_OF', 'IN', ['Event']),
    involved: relationshipList(['INVOLVED_IN', 'USED_IN'], 'IN'),
  },
  Event: {
    ...entityFields,
    // An option within a proposal is part of the proposal event, which is part of the situation.
    situation: async (parent: EntityRow, _args: unknown, context: Context): Promise<EntityRow | null> => {
      const parents = await related(context, parent.id, 'PART_OF', 'OUT');
      const situation = parents.find((row) => row.kind === 'Situation');
      if (situation) return situation;
      const event = parents.find((row) => row.kind === 'Event');
      return event ? entityResolvers.Event.situation(event, undefined, context) : null;
    },
  },
  RiskFactor: { ...entityFields },
};
