/**
 * Full-text candidates, then ranking: a candidate whose name or alias equals the whole text
 * (case-insensitive) ranks first, so an acronym such as UNSC finds its entity before entities
 * that merely mention it; then names or aliases starting with the text (what someone typing
 * expects); then the full-text score. Exact matches are looked for among the candidates only,
 * never by scanning every entity, so the cost stays flat as the graph grows: a phrase query
 * on names and aliases brings the exact ones among the candidates, shortest fields first.
 */
export const SEARCH = /* Cypher */ `
  CALL () {
    // Names and aliases holding the text as a phrase: where an exact match is found.
    CALL db.index.fulltext.queryNodes('entity_search', $phrase, {limit: $candidates}) YIELD node AS n, score
    RETURN n, score
    UNION
    CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS n, score
    RETURN n, score
  }
  WITH n, max(score) AS score
  WHERE $kinds IS NULL OR n.kind IN $kinds
  WITH n, score,
    toLower(n.name) = $exact OR $exact IN [alias IN n.aliases | toLower(alias)] AS exact,
    toLower(n.name) STARTS WITH $exact OR any(alias IN n.aliases WHERE toLower(alias) STARTS WITH $exact) AS prefix
  RETURN properties(n) AS entity, score, exact
  ORDER BY exact DESC, prefix DESC, score DESC, size(n.name), n.name
  LIMIT $first`;

/** Exact matches only, when the text has nothing for the full-text index (e.g. only punctuation). */
export const SEARCH_EXACT = /* Cypher */ `
  MATCH (n:Entity)
  WHERE (toLower(n.name) = $exact OR $exact IN [alias IN n.aliases | toLower(alias)])
    AND ($kinds IS NULL OR n.kind IN $kinds)
  RETURN properties(n) AS entity, 1.0 AS score, true AS exact
  ORDER BY n.name
  LIMIT $first`;
