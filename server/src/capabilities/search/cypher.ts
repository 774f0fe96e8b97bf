/**
 * Exact matches of the whole text against a name or an alias (case-insensitive), then the
 * full-text hits; exact matches rank first so an acronym such as UNSC finds its entity
 * before entities that merely mention it, then names or aliases starting with the text
 * (what someone typing expects), then the full-text score.
 */
export const SEARCH = /* Cypher */ `
  CALL () {
    MATCH (n:Entity)
    WHERE toLower(n.name) = $exact OR $exact IN [alias IN n.aliases | toLower(alias)]
    RETURN n, 1.0 AS score, true AS exact
    UNION
    CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node AS n, score
    RETURN n, score, false AS exact
  }
  WITH n, max(score) AS score, max(exact) AS exact
  WHERE $kinds IS NULL OR n.kind IN $kinds
  WITH n, score, exact,
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
