import type { Driver } from 'neo4j-driver';

/**
 * Constraints and indexes the app relies on. Each statement is idempotent (IF NOT EXISTS),
 * so this runs at every start. Schema changes cannot share a transaction with data writes,
 * which is why this is separate from loading.
 */
export const SCHEMA_STATEMENTS = [
  /* Cypher */ 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  /* Cypher */ 'CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE s.key IS UNIQUE',
  /* Cypher */ 'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  /* Cypher */ 'CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset)',
  // Names, aliases (joined into one string: full-text indexes take string properties) and
  // descriptions, for search and autocomplete.
  /* Cypher */ `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

export async function applySchema(driver: Driver, database = 'neo4j'): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}
