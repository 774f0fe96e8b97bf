import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  /** sha256 over every node's labels and properties and every relationship's type, ends and properties. */
  checksum: string;
}

/**
 * Summarizes the whole database so a test (or an operator) can prove that a failed load left
 * it exactly as it was. Rows are sorted with stable JSON so the hash does not depend on order.
 */
export async function graphSnapshot(driver: Driver, database = 'neo4j'): Promise<GraphSnapshot> {
  const { records: nodeRecords } = await driver.executeQuery(
    /* Cypher */ 'MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const { records: relRecords } = await driver.executeQuery(
    /* Cypher */ 'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props',
    {},
    { database },
  );
  // Element ids can change across restarts; describe ends by their stable content instead.
  const nodeKey = new Map<string, string>();
  const nodes = nodeRecords.map((record) => {
    const row = stableJson({ labels: [...(record.get('labels') as string[])].sort(), props: record.get('props') });
    nodeKey.set(record.get('eid') as string, row);
    return row;
  });
  const relationships = relRecords.map((record) =>
    stableJson({
      a: nodeKey.get(record.get('a') as string),
      type: record.get('type'),
      b: nodeKey.get(record.get('b') as string),
      props: record.get('props'),
    }),
  );
  const hash = createHash('sha256');
  for (const row of [...nodes].sort()) hash.update(row).update('\n');
  for (const row of [...relationships].sort()) hash.update(row).update('\n');
  return { nodes: nodes.length, relationships: relationships.length, checksum: hash.digest('hex') };
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : typeof inner === 'bigint'
        ? inner.toString()
        : inner,
  );
}
