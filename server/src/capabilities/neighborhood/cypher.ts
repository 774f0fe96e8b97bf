/** One breadth-first level: the not-yet-visited neighbours (of the allowed kinds) of the frontier. */
const LEVEL = /* Cypher */ `
  CALL (visited, frontier) {
    UNWIND frontier AS f
    MATCH (f)--(m:Entity)
    WHERE ($kinds IS NULL OR m.kind IN $kinds) AND NOT m IN visited
    RETURN collect(DISTINCT m) AS next
  }
  WITH missing, visited + next AS visited, next AS frontier`;

/**
 * The neighbourhood of some entities, breadth first so the closest nodes survive when the
 * limit cuts, then every relationship among the kept nodes. Expanding level by level with a
 * visited set, instead of enumerating paths, keeps depth 3 around hubs such as the Security
 * Council cheap. Cypher cannot take a path length as a parameter, so there is one query per
 * allowed depth, built here from the constant fragment above.
 */
function neighborhoodQuery(depth: number): string {
  return /* Cypher */ `
  UNWIND $ids AS id
  OPTIONAL MATCH (s:Entity {id: id})
  WITH collect(DISTINCT s) AS seeds, collect(CASE WHEN s IS NULL THEN id END) AS missing
  WITH missing, seeds AS visited, seeds AS frontier
  ${Array.from({ length: depth }, () => LEVEL).join('\n')}
  WITH missing, size(visited) > $limit AS truncated, visited[0..$limit] AS kept
  CALL (kept) {
    UNWIND kept AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE b IN kept
    RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id}) AS edges
  }
  RETURN missing, truncated, [n IN kept | n {.id, .kind, .name, .aliases}] AS nodes, edges`;
}

export const MAX_DEPTH = 3;

/** NEIGHBORHOOD[depth] for depth 1..MAX_DEPTH. */
export const NEIGHBORHOOD: Record<number, string> = Object.fromEntries(
  Array.from({ length: MAX_DEPTH }, (_, index) => [index + 1, neighborhoodQuery(index + 1)]),
);
