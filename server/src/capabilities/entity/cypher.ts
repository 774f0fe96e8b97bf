/** The Cypher behind the entity loaders: each takes a batch of keys, so one round trip serves a whole request level. */

/** Entities by id (missing ids simply return no row). */
export const ENTITIES_BY_ID = /* Cypher */ `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN properties(n) AS entity`;

/**
 * Every relationship of each entity, both directions, with the entity at the other end (so
 * resolving \`from\` / \`to\` needs no further query).
 */
export const RELATIONSHIPS_OF = /* Cypher */ `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  CALL (n) {
    MATCH (n)-[r]-(m:Entity)
    RETURN collect({type: type(r), props: properties(r), from: startNode(r).id, to: endNode(r).id, other: properties(m)}) AS relationships
  }
  RETURN id, relationships`;

/** The source registry: a few dozen documents, read whole once per request that cites any. */
export const ALL_SOURCES = /* Cypher */ `
  MATCH (s:Source)
  RETURN s {.key, .title, .publisher, .date, .url} AS source`;
