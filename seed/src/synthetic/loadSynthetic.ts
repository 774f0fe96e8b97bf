import type { Driver } from 'neo4j-driver';
import type { Dataset, Entity, Relationship } from '../dataset/types.js';
import { KINDS, RELATIONSHIP_TYPE_NAMES, type Kind, type RelationshipType } from '../model/vocabulary.js';
import { SYNTHETIC_DATASET, syntheticCopy } from './generate.js';
import { entityProperties, relationshipRow } from '../load/storedProperties.js';

export interface SyntheticLoadOptions {
  database?: string;
  /** Rows per transaction (default 10,000). */
  batchSize?: number;
  /** First copy to write (default 1). Copies below it must already be loaded: used to grow 100x to 1000x. */
  fromCopy?: number;
  onProgress?: (line: string) => void;
}

/**
 * Writes copies `fromCopy` … `scale − 1` of the real dataset (which must be loaded: the
 * copies cite its sources and cross-link to it), so the database holds `scale` times the
 * real dataset.
 *
 * NOT all or nothing, unlike loadDataset: at 1000x (about 480,000 nodes and 1.3 million
 * relationships) one transaction would not fit the embedded Neo4j's heap, so rows are
 * written in batches (UNWIND of `batchSize` rows), each its own transaction: entities
 * first, then relationships. A failure leaves the batches already written; run
 * `npm run seed -- --synthetic 0` (removeSynthetic) to clear them. The real dataset is never
 * touched. Copies are created (not merged), so remove existing synthetic data first.
 */
export async function loadSynthetic(
  driver: Driver,
  real: Dataset,
  scale: number,
  options: SyntheticLoadOptions = {},
): Promise<{ entities: number; relationships: number }> {
  const database = options.database ?? 'neo4j';
  const batchSize = options.batchSize ?? 10_000;
  const progress = options.onProgress ?? (() => undefined);
  const first = options.fromCopy ?? 1;
  const copies = Math.max(0, scale - first);
  const totalEntities = copies * real.entities.length;
  let entities = 0;
  let relationships = 0;
  const started = Date.now();
  const rate = (done: number) => `${Math.round(done / Math.max(0.001, (Date.now() - started) / 1000))}/s`;

  // Entities, buffered per kind because the label is part of the statement.
  const entityBuffers = new Map<Kind, Record<string, unknown>[]>();
  const flushEntities = async (kind: Kind) => {
    const rows = entityBuffers.get(kind) ?? [];
    if (rows.length === 0) return;
    entityBuffers.set(kind, []);
    // `kind` comes from the constant KINDS list, so interpolating the label is safe.
    await driver.executeQuery(
      /* Cypher */ `UNWIND $rows AS row CREATE (n:Entity:${kind satisfies Kind}) SET n = row`,
      { rows },
      { database },
    );
    entities += rows.length;
    progress(`Synthetic entities: ${entities}/${totalEntities} (${rate(entities)})`);
  };
  for (let copy = first; copy < scale; copy += 1) {
    for (const entity of syntheticCopy(real, copy).entities) {
      const buffer = entityBuffers.get(entity.kind) ?? [];
      entityBuffers.set(entity.kind, buffer);
      buffer.push(entityProperties(entity, SYNTHETIC_DATASET));
      if (buffer.length >= batchSize) await flushEntities(entity.kind);
    }
  }
  for (const kind of KINDS) await flushEntities(kind);

  // Relationships, buffered per type; both ends exist now (cross-links point to lower copies).
  const relationshipStarted = Date.now();
  const relationshipBuffers = new Map<RelationshipType, Record<string, unknown>[]>();
  let expected = 0;
  const flushRelationships = async (type: RelationshipType) => {
    const rows = relationshipBuffers.get(type) ?? [];
    if (rows.length === 0) return;
    relationshipBuffers.set(type, []);
    const { records } = await driver.executeQuery(
      /* Cypher */ `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from})
       MATCH (b:Entity {id: row.to})
       CREATE (a)-[r:${type satisfies RelationshipType}]->(b)
       SET r = row.props
       RETURN count(r) AS written`,
      { rows },
      { database },
    );
    const written = Number(records[0]?.get('written') ?? 0);
    if (written !== rows.length) throw new Error(`Only ${written} of ${rows.length} synthetic ${type} relationships found both their ends`);
    relationships += rows.length;
    const seconds = Math.max(0.001, (Date.now() - relationshipStarted) / 1000);
    progress(`Synthetic relationships: ${relationships}/${expected || '?'} (${Math.round(relationships / seconds)}/s)`);
  };
  for (let copy = first; copy < scale; copy += 1) {
    const { relationships: rows } = syntheticCopy(real, copy);
    if (copy === first) expected = rows.length * copies;
    for (const relationship of rows) {
      const buffer = relationshipBuffers.get(relationship.type) ?? [];
      relationshipBuffers.set(relationship.type, buffer);
      buffer.push(relationshipRow(relationship, SYNTHETIC_DATASET));
      if (buffer.length >= batchSize) await flushRelationships(relationship.type);
    }
  }
  for (const type of RELATIONSHIP_TYPE_NAMES) await flushRelationships(type);
  return { entities, relationships };
}

/**
 * Removes every synthetic node (and so every relationship touching one, cross-links to the
 * real dataset included), in batches of separate transactions. The real dataset is untouched.
 */
export async function removeSynthetic(driver: Driver, options: { database?: string; onProgress?: (line: string) => void } = {}): Promise<number> {
  const session = driver.session({ database: options.database ?? 'neo4j' });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    const result = await session.run(
      /* Cypher */ `MATCH (n:Entity) WHERE n.dataset = $name
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
       RETURN count(*) AS removed`,
      { name: SYNTHETIC_DATASET },
    );
    const removed = Number(result.records[0]?.get('removed') ?? 0);
    options.onProgress?.(`Removed ${removed} synthetic entities and their relationships`);
    return removed;
  } finally {
    await session.close();
  }
}

/** The scale the database is at: 1 + the synthetic copies it holds (1 when there are none). */
export async function syntheticScale(driver: Driver, real: Dataset, database = 'neo4j'): Promise<number> {
  const { records } = await driver.executeQuery(
    /* Cypher */ 'MATCH (n:Entity) WHERE n.dataset = $name RETURN count(n) AS count',
    { name: SYNTHETIC_DATASET },
    { database },
  );
  const count = Number(records[0]?.get('count') ?? 0);
  return 1 + Math.round(count / Math.max(1, real.entities.length));
}

