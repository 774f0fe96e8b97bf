import { relationshipId, type Dataset, type Entity, type Relationship } from '../dataset/types.js';

/** Dataset name stored on every synthetic node and relationship, so it can be found and removed. */
export const SYNTHETIC_DATASET = 'synthetic';

/** Separator between an id and its copy number: `un-security-council~17`. */
export const COPY_SEPARATOR = '~';

export function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}${COPY_SEPARATOR}${copy}`;
}

/**
 * The cross-links that join copy k to an earlier copy (k's "parent"), so the whole graph is
 * connected like the real one. Each is the copy of a real relationship with one end moved to
 * the parent copy: a channel of copy k also reaches the parent's Security Council, and the
 * parent's Secretary-General also sends through one of copy k's channels.
 */
const CROSS_LINKS: { type: Relationship['type']; from: string; to: string; moved: 'from' | 'to' }[] = [
  { type: 'REACHES', from: 'sg-reports-to-security-council', to: 'un-security-council', moved: 'to' },
  { type: 'SENDS', from: 'un-secretary-general', to: 'sg-reports-to-security-council', moved: 'from' },
];

/**
 * The parent of copy k (0 ≤ parent < k), chosen by a deterministic hash: a random recursive
 * tree, so copies are joined in O(log N) hops and no node gains more than a handful of
 * cross-links (copy 0 gains about ln N). Linking every copy to copy 0 instead would turn the
 * real Security Council into a hub of thousands of edges and break the degree distribution.
 */
export function parentCopy(copy: number): number {
  let x = Math.imul(copy ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) % copy;
}

/**
 * Copy k (k ≥ 1) of the real dataset: every entity and relationship with `~k` appended to its
 * ids (and " ~k" to names, so search results stay tellable apart), the same kinds,
 * properties, aliases, descriptions and citations (citing the real sources), plus the
 * cross-links to the parent copy. Degrees inside a copy are those of the real graph.
 */
export function syntheticCopy(real: Dataset, copy: number): { entities: Entity[]; relationships: Relationship[] } {
  if (!Number.isInteger(copy) || copy < 1) throw new Error(`A synthetic copy number is an integer ≥ 1, not ${copy}`);
  const origin = { file: '(synthetic)', path: `copy ${copy}` };
  const entities = real.entities.map(
    (entity): Entity => ({ ...entity, id: copyId(entity.id, copy), name: `${entity.name} ${COPY_SEPARATOR}${copy}`, origin }),
  );
  const relationships = real.relationships.map((relationship): Relationship => {
    const from = copyId(relationship.from, copy);
    const to = copyId(relationship.to, copy);
    // The real id is type/ends/optional key; keep the key part, if any, after the new ends.
    const key = relationship.id.slice(relationshipId(relationship.type, relationship.from, relationship.to).length + 2) || undefined;
    return { ...relationship, id: relationshipId(relationship.type, from, to, key), from, to, origin };
  });
  const parent = parentCopy(copy);
  for (const link of CROSS_LINKS) {
    const template = real.relationships.find((r) => r.type === link.type && r.from === link.from && r.to === link.to);
    if (!template) continue; // the real dataset changed; the copy is still valid, only less connected
    const from = copyId(link.from, link.moved === 'from' ? parent : copy);
    const to = copyId(link.to, link.moved === 'to' ? parent : copy);
    relationships.push({ ...template, id: relationshipId(link.type, from, to), from, to, origin });
  }
  return { entities, relationships };
}

/**
 * The synthetic data that makes the database `scale` times the real dataset: copies 1 to
 * scale − 1 (the real dataset is copy 0). Builds everything in memory: for tests and small
 * scales; the loader generates copy by copy instead.
 */
export function generateSynthetic(real: Dataset, scale: number): Dataset {
  const entities: Entity[] = [];
  const relationships: Relationship[] = [];
  for (let copy = 1; copy < scale; copy += 1) {
    const generated = syntheticCopy(real, copy);
    entities.push(...generated.entities);
    relationships.push(...generated.relationships);
  }
  return { sources: real.sources, entities, relationships };
}
