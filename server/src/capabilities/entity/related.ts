import type { Kind, RelationshipType } from '../../../../seed/src/model/vocabulary.js';
import type { Context } from '../../graphql/context.js';
import type { EntityRow, RelationshipRow } from './rows.js';

export type Direction = 'OUT' | 'IN';

/** An entity's relationships, filtered in memory from the batched per-entity list. */
export async function relationshipsOf(
  { loaders }: Context,
  id: string,
  types?: readonly RelationshipType[] | null,
  direction?: Direction | null,
): Promise<RelationshipRow[]> {
  const all = await loaders.relationships.load(id);
  return all.filter(
    (row) =>
      (!types || types.length === 0 || types.includes(row.type)) &&
      (!direction || (direction === 'OUT' ? row.fromId === id : row.toId === id)),
  );
}

/** The entities at the other end of an entity's relationships of one type and direction. */
export async function related(
  context: Context,
  id: string,
  type: RelationshipType,
  direction: Direction,
  kinds?: readonly Kind[],
): Promise<EntityRow[]> {
  const rows = await relationshipsOf(context, id, [type], direction);
  const others = await context.loaders.entity.loadMany(rows.map((row) => (direction === 'OUT' ? row.toId : row.fromId)));
  const seen = new Set<string>();
  return others.filter((other): other is EntityRow => {
    if (!other || other instanceof Error || seen.has(other.id)) return false;
    seen.add(other.id);
    return !kinds || kinds.includes(other.kind);
  });
}
