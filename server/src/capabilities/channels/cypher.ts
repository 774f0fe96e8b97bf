/** How many shortest candidate routes the database enumerates before we drop those that revisit a node. */
const CANDIDATES = 100;
export const MAX_HOPS = 8;

/**
 * Routes actor -SENDS-> Channel -REACHES-> actor … from one actor to another, shortest
 * first. SHORTEST k stops once it has k paths, so the search stays bounded however many
 * longer routes exist (there are thousands of 6-hop routes to the Security Council). The
 * avoid list prunes channels and actors during the search: the what-if. Walks that pass a
 * node twice are dropped afterwards. Path lengths must be literals in Cypher, so there is one
 * query per allowed maxHops, built here.
 */
function routesQuery(maxHops: number): string {
  return /* Cypher */ `
  OPTIONAL MATCH (a:Entity {id: $from})
  OPTIONAL MATCH (b:Entity {id: $to})
  WITH a, b, [id IN $avoid WHERE NOT EXISTS { MATCH (:Entity {id: id}) }] AS unknownAvoid
  CALL (a, b) {
    WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
    MATCH p = SHORTEST ${CANDIDATES} (a)((x)-[:SENDS]->(c:Channel)-[:REACHES]->(y)
      WHERE NOT c.id IN $avoid AND NOT y.id IN $avoid){1,${maxHops}}(b)
    WITH p, nodes(p) AS ns, relationships(p) AS rs
    WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
    // Among routes of equal length, existing channels before proposed ones.
    WITH p, ns, rs ORDER BY length(p), size([n IN ns WHERE n.status = 'proposed']), [n IN ns | n.id]
    LIMIT $max
    RETURN collect([i IN range(0, size(rs) / 2 - 1) | {
      from: properties(ns[2 * i]),
      channel: properties(ns[2 * i + 1]),
      to: properties(ns[2 * i + 2]),
      sends: properties(rs[2 * i]),
      reaches: properties(rs[2 * i + 1])
    }]) AS routes
  }
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, unknownAvoid, routes`;
}

/** ROUTES[maxHops] for maxHops 1..MAX_HOPS. */
export const ROUTES: Record<number, string> = Object.fromEntries(
  Array.from({ length: MAX_HOPS }, (_, index) => [index + 1, routesQuery(index + 1)]),
);
