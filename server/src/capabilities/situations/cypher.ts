/** Every situation, oldest first (undated last). */
export const SITUATIONS = /* Cypher */ `
  MATCH (s:Situation)
  RETURN properties(s) AS situation
  ORDER BY s.startDate IS NULL, s.startDate, s.name`;
