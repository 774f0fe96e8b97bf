/**
 * Everything dated in the graph, as one list: events, establishments and appointments (dates
 * on the relationships), people taking up posts, and situations beginning. Dates are
 * YYYY, YYYY-MM or YYYY-MM-DD strings; a range bound matches on the shared prefix, so 1994
 * falls inside from: "1994-04".
 */
export const TIMELINE = /* Cypher */ `
  CALL () {
    MATCH (e:Event) WHERE e.date IS NOT NULL
    RETURN e.date AS date, e AS entity, 'event' AS kind,
      e.name + CASE WHEN e.outcome IS NULL THEN '' ELSE ': ' + e.outcome END AS description
    UNION ALL
    MATCH (a:Entity)-[r:ESTABLISHED]->(b:Entity) WHERE r.date IS NOT NULL
    RETURN r.date AS date, b AS entity, 'established' AS kind, a.name + ' established ' + b.name AS description
    UNION ALL
    MATCH (a:Entity)-[r:APPOINTED]->(b:Entity) WHERE r.date IS NOT NULL
    RETURN r.date AS date, b AS entity, 'appointed' AS kind, a.name + ' appointed ' + b.name AS description
    UNION ALL
    MATCH (p:Entity)-[r:HOLDS]->(role:Entity) WHERE r.startDate IS NOT NULL
    RETURN r.startDate AS date, p AS entity, 'held' AS kind,
      p.name + ' took up the post of ' + role.name + CASE WHEN r.endDate IS NULL THEN '' ELSE ' (until ' + r.endDate + ')' END AS description
    UNION ALL
    MATCH (s:Situation) WHERE s.startDate IS NOT NULL
    RETURN s.startDate AS date, s AS entity, 'situation-start' AS kind, s.name + ' begins' AS description
  }
  WITH date, entity, kind, description
  WHERE ($from IS NULL OR left(date, size($from)) >= left($from, size(date)))
    AND ($to IS NULL OR left(date, size($to)) <= left($to, size(date)))
  RETURN date, properties(entity) AS entity, kind, description
  ORDER BY date, kind, entity.name
  LIMIT $first`;
