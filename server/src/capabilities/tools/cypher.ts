/**
 * A page of policy tools in name order, and how many pass the filter. Keyset pagination on
 * (lower-cased name, id): a cursor stays valid when tools are added before it.
 */
export const TOOLS_PAGE = /* Cypher */ `
  MATCH (t:PolicyTool)
  WHERE ($pillar IS NULL OR $pillar IN t.pillars)
    AND ($stage IS NULL OR $stage IN t.stages)
    AND ($coercion IS NULL OR t.coercion = $coercion)
    AND ($usableBy IS NULL OR EXISTS { (:Entity {id: $usableBy})-[:CAN_USE]->(t) })
    AND ($text IS NULL OR toLower(t.name) CONTAINS $text OR toLower(t.aliasText) CONTAINS $text
      OR toLower(t.description) CONTAINS $text)
  WITH t, toLower(t.name) AS sortName
  ORDER BY sortName, t.id
  WITH collect({sortName: sortName, id: t.id, tool: properties(t)}) AS tools
  RETURN size(tools) AS totalCount,
    [x IN tools WHERE $afterName IS NULL OR x.sortName > $afterName
      OR (x.sortName = $afterName AND x.id > $afterId) | x.tool][0..$take] AS page`;
