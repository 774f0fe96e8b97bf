/**
 * Options to act: every CAN_USE edge whose tool passes the filter, with the tool's legal
 * basis, what the tool requires (REQUIRES), and the channels the actor sends through with
 * what each of them requires. A second part lists, for every actor with channels, the
 * actors that all of its channels require: an approval that actor cannot give without, so
 * requirements are followed transitively (a tool needs X, and X can only act with Y).
 * One round trip; the ranking and the withoutApprovalOf pruning happen in resolvers.ts.
 */
export const WHO_CAN_ACT = /* Cypher */ `
  WITH [id IN $checkIds WHERE NOT EXISTS { MATCH (:Entity {id: id}) }] AS unknownIds
  CALL () {
    MATCH (actor:Entity)-[cu:CAN_USE]->(tool:PolicyTool)
    WHERE ($pillar IS NULL OR $pillar IN tool.pillars)
      AND ($stage IS NULL OR $stage IN tool.stages)
      AND ($coercions IS NULL OR tool.coercion IN $coercions)
      AND ($crime IS NULL OR EXISTS { (tool)-[:ADDRESSES]->(:Entity {id: $crime}) })
      AND ($situation IS NULL
        OR EXISTS { (tool)-[:USED_IN]->(s:Entity) WHERE s.id = $situation OR EXISTS { (s)-[:PART_OF]->(:Entity {id: $situation}) } }
        OR EXISTS { (actor)-[:INVOLVED_IN]->(s:Entity) WHERE s.id = $situation OR EXISTS { (s)-[:PART_OF]->(:Entity {id: $situation}) } })
    RETURN collect({
      actor: properties(actor),
      tool: properties(tool),
      canUse: properties(cu),
      legalBasis: [(m:Mandate)-[:AUTHORIZES]->(tool) | properties(m)] + [(m:Mandate)-[:GRANTS]->(actor) | properties(m)],
      requires: [(tool)-[r:REQUIRES]->(x:Entity) | {rel: properties(r), via: properties(tool), actor: properties(x)}],
      channels: [(actor)-[:SENDS]->(c:Channel) | {
        channel: properties(c),
        requires: [(c)-[r:REQUIRES]->(x:Entity) | {rel: properties(r), via: properties(c), actor: properties(x)}]
      }]
    }) AS options
  }
  CALL () {
    MATCH (x:Entity)-[:SENDS]->(c:Channel)
    WITH x, collect(c) AS channels
    WITH x, channels, channels[0] AS first
    MATCH (first)-[r:REQUIRES]->(y:Entity)
    WHERE y <> x AND all(c IN channels WHERE EXISTS { (c)-[:REQUIRES]->(y) })
    RETURN collect({of: x.id, rel: properties(r), via: properties(first), actor: properties(y)}) AS unavoidable
  }
  RETURN unknownIds, options, unavoidable`;
