import type { Dataset } from '../dataset/types.js';

/** Prints entity counts by kind and relationship counts by type, as two small tables. */
export function printCounts(dataset: Dataset): void {
  const kinds = count(dataset.entities.map((entity) => entity.kind));
  const types = count(dataset.relationships.map((relationship) => relationship.type));
  console.log(`Entities: ${dataset.entities.length}`);
  for (const [kind, n] of kinds) console.log(`  ${kind.padEnd(14)} ${String(n).padStart(5)}`);
  console.log(`Relationships: ${dataset.relationships.length}`);
  for (const [type, n] of types) console.log(`  ${type.padEnd(14)} ${String(n).padStart(5)}`);
  console.log(`Sources: ${dataset.sources.length}`);
}

function count(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
