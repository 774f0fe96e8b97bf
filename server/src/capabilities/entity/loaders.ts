import DataLoader from 'dataloader';
import type { RelationshipType } from '../../../../seed/src/model/vocabulary.js';
import type { Read } from '../../graphql/read.js';
import { ENTITIES_BY_ID, RELATIONSHIPS_OF, ALL_SOURCES } from './cypher.js';
import { relationshipRow, type EntityRow, type RelationshipRow, type SourceRow } from './rows.js';

export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  /** All relationships of an entity, both directions. */
  relationships: DataLoader<string, RelationshipRow[]>;
  source: DataLoader<string, SourceRow | null>;
}

/**
 * Per-request batching: every entity, relationship list or source asked for while resolving
 * one level of a query becomes a single query, so a request costs a bounded number of round
 * trips however many entities it returns (no N+1). Created per request, so nothing is cached
 * across requests.
 */
export function createLoaders(read: Read): Loaders {
  const entity: Loaders['entity'] = new DataLoader(async (ids) => {
    const rows = await read<{ entity: EntityRow }>(ENTITIES_BY_ID, { ids: [...ids] });
    const byId = new Map(rows.map(({ entity }) => [entity.id, entity]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const relationships: Loaders['relationships'] = new DataLoader(async (ids) => {
    const rows = await read<{
      id: string;
      relationships: { type: RelationshipType; props: Record<string, unknown>; from: string; to: string; other: EntityRow }[];
    }>(RELATIONSHIPS_OF, { ids: [...ids] });
    const byId = new Map<string, RelationshipRow[]>();
    for (const row of rows) {
      byId.set(
        row.id,
        row.relationships.map((item) => {
          entity.prime(item.other.id, item.other);
          return relationshipRow(item.type, item.from, item.to, item.props);
        }),
      );
    }
    return ids.map((id) => byId.get(id) ?? []);
  });

  // The registry is small, so the first batch reads all of it and later batches reuse it:
  // citations at any depth of a query cost one round trip in all.
  let registry: Promise<Map<string, SourceRow>> | undefined;
  const source: Loaders['source'] = new DataLoader(async (keys) => {
    registry ??= read<{ source: SourceRow }>(ALL_SOURCES).then((rows) => new Map(rows.map(({ source: row }) => [row.key, row])));
    const byKey = await registry;
    return keys.map((key) => byKey.get(key) ?? null);
  });

  return { entity, relationships, source };
}
