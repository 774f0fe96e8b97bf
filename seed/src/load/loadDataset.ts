import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { KINDS, RELATIONSHIP_TYPE_NAMES, type Kind, type RelationshipType } from '../model/vocabulary.js';
import type { Dataset, DatasetError, Entity, Relationship } from '../dataset/types.js';
import { formatError } from '../dataset/types.js';
import { validateDataset } from '../dataset/validateDataset.js';
import { entityProperties, relationshipRow } from './storedProperties.js';

/** The dataset name written on every node we load; `npm run seed` uses "main". */
export const MAIN_DATASET = 'main';

export interface LoadOptions {
  database?: string;
  /** Name stored on loaded nodes and relationships; a load only replaces its own dataset. */
  dataset?: string;
  /** Delete this dataset's nodes first instead of syncing them. */
  reset?: boolean;
  /** Called as work proceeds, with a line a person can read. */
  onProgress?: (step: string) => void;
}

export interface LoadResult {
  entities: number;
  relationships: number;
  sources: number;
  removedEntities: number;
  removedRelationships: number;
}

export class DatasetInvalidError extends Error {
  override name = 'DatasetInvalidError';
  constructor(readonly errors: DatasetError[]) {
    super(`The dataset has ${errors.length} error(s); nothing was loaded:\n${errors.slice(0, 50).map(formatError).join('\n')}`);
  }
}

const KIND_LABELS = KINDS.map((kind) => `:${kind}`).join('');

/**
 * Makes the database hold exactly the given dataset, in one write transaction: all or
 * nothing. Entities and relationships are merged by id with their properties replaced, so
 * loading the same files twice changes nothing; items no longer in the files are removed.
 * Labels and relationship types come from the model's constant lists, never from input.
 */
export async function loadDataset(driver: Driver, dataset: Dataset, options: LoadOptions = {}): Promise<LoadResult> {
  const errors = validateDataset(dataset);
  if (errors.length > 0) throw new DatasetInvalidError(errors);
  const name = options.dataset ?? MAIN_DATASET;
  const progress = options.onProgress ?? (() => undefined);
  const session = driver.session({ database: options.database ?? 'neo4j', defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const result: LoadResult = {
        entities: dataset.entities.length,
        relationships: dataset.relationships.length,
        sources: dataset.sources.length,
        removedEntities: 0,
        removedRelationships: 0,
      };
      if (options.reset) {
        progress(`Removing the existing "${name}" dataset`);
        await tx.run(/* Cypher */ 'MATCH (n) WHERE (n:Entity OR n:Source) AND n.dataset = $name DETACH DELETE n', { name });
      }
      await writeSources(tx, dataset, name);
      progress(`Sources: ${dataset.sources.length}`);
      await writeEntities(tx, dataset.entities, name, progress);
      await writeRelationships(tx, dataset.relationships, name, progress);
      const removed = await removeStale(tx, dataset, name);
      result.removedEntities = removed.entities;
      result.removedRelationships = removed.relationships;
      if (removed.entities || removed.relationships) {
        progress(`Removed ${removed.entities} entities and ${removed.relationships} relationships no longer in the files`);
      }
      return result;
    });
  } finally {
    await session.close();
  }
}

async function writeSources(tx: ManagedTransaction, dataset: Dataset, name: string): Promise<void> {
  const rows = dataset.sources.map((source) => ({ ...source, dataset: name }));
  await tx.run(
    /* Cypher */ `UNWIND $rows AS row
     MERGE (s:Source {key: row.key})
     SET s = row`,
    { rows },
  );
}

async function writeEntities(tx: ManagedTransaction, entities: Entity[], name: string, progress: (step: string) => void): Promise<void> {
  const byKind = groupBy(entities, (entity) => entity.kind);
  let done = 0;
  for (const kind of KINDS) {
    const rows = (byKind.get(kind) ?? []).map((entity) => entityProperties(entity, name));
    if (rows.length === 0) continue;
    // `kind` comes from the constant KINDS list, so interpolating the label is safe.
    await tx.run(
      /* Cypher */ `UNWIND $rows AS row
       MERGE (n:Entity {id: row.id})
       SET n = row
       REMOVE n${KIND_LABELS}
       SET n:${kind satisfies Kind}`,
      { rows },
    );
    done += rows.length;
    progress(`Entities: ${done}/${entities.length} (${kind}: ${rows.length})`);
  }
}

async function writeRelationships(
  tx: ManagedTransaction,
  relationships: Relationship[],
  name: string,
  progress: (step: string) => void,
): Promise<void> {
  const byType = groupBy(relationships, (relationship) => relationship.type);
  let done = 0;
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const rows = (byType.get(type) ?? []).map((relationship) => relationshipRow(relationship, name));
    if (rows.length === 0) continue;
    const summary = await tx.run(
      /* Cypher */ `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from})
       MATCH (b:Entity {id: row.to})
       MERGE (a)-[r:${type satisfies RelationshipType} {id: row.props.id}]->(b)
       SET r = row.props
       RETURN count(r) AS written`,
      { rows },
    );
    const written = Number(summary.records[0]?.get('written') ?? 0);
    if (written !== rows.length) {
      // Validation guarantees both ends exist in the dataset; a mismatch means the database
      // changed under us. Throwing rolls the whole load back.
      throw new Error(`Only ${written} of ${rows.length} ${type} relationships found both their ends`);
    }
    done += rows.length;
    progress(`Relationships: ${done}/${relationships.length} (${type}: ${rows.length})`);
  }
}

async function removeStale(tx: ManagedTransaction, dataset: Dataset, name: string): Promise<{ entities: number; relationships: number }> {
  const relationships = await tx.run(
    /* Cypher */ `MATCH (:Entity)-[r]->(:Entity)
     WHERE r.dataset = $name AND NOT r.id IN $ids
     DELETE r
     RETURN count(*) AS removed`,
    { name, ids: dataset.relationships.map((relationship) => relationship.id) },
  );
  const entities = await tx.run(
    /* Cypher */ `MATCH (n:Entity)
     WHERE n.dataset = $name AND NOT n.id IN $ids
     DETACH DELETE n
     RETURN count(*) AS removed`,
    { name, ids: dataset.entities.map((entity) => entity.id) },
  );
  await tx.run(
    /* Cypher */ `MATCH (s:Source) WHERE s.dataset = $name AND NOT s.key IN $keys DETACH DELETE s`,
    { name, keys: dataset.sources.map((source) => source.key) },
  );
  return {
    entities: Number(entities.records[0]?.get('removed') ?? 0),
    relationships: Number(relationships.records[0]?.get('removed') ?? 0),
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
