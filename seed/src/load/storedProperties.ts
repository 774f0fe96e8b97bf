import type { Entity, Relationship } from '../dataset/types.js';

/**
 * What a node stores for an entity: its fields, aliases also joined into `aliasText` (full-text
 * indexes take strings), citations as two parallel lists (Neo4j properties cannot hold maps),
 * and the name of the dataset it belongs to. One definition for every loader.
 */
export function entityProperties(entity: Entity, dataset: string): Record<string, unknown> {
  return {
    ...entity.properties,
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    aliasText: entity.aliases.join(' | '),
    description: entity.description,
    citationSources: entity.citations.map((citation) => citation.source),
    citationQuotes: entity.citations.map((citation) => citation.quote),
    dataset,
  };
}

/** A relationship as an UNWIND row: its ends, and the properties it stores. */
export function relationshipRow(relationship: Relationship, dataset: string): { from: string; to: string; props: Record<string, unknown> } {
  return {
    from: relationship.from,
    to: relationship.to,
    props: {
      ...relationship.properties,
      id: relationship.id,
      citationSources: relationship.citations.map((citation) => citation.source),
      citationQuotes: relationship.citations.map((citation) => citation.quote),
      dataset,
    },
  };
}
