/**
 * npm run seed [-- --reset] [--dir DATASET_DIR]
 * Loads the dataset into Neo4j (NEO4J_URI, or the embedded database when unset), all or
 * nothing: on any error the database is left as it was.
 */
import { parseArgs } from 'node:util';
import { withDatabase } from '../../../server/src/neo4j/withDatabase.js';
import { DEFAULT_DATASET_DIR, readDataset } from '../dataset/readDataset.js';
import { formatError } from '../dataset/types.js';
import { applySchema } from '../load/applySchema.js';
import { DatasetInvalidError, loadDataset } from '../load/loadDataset.js';

const { values } = parseArgs({
  options: { reset: { type: 'boolean', default: false }, dir: { type: 'string' } },
  strict: true,
});

const { dataset, errors } = readDataset(values.dir ?? DEFAULT_DATASET_DIR);
if (errors.length > 0) {
  console.error(`The dataset has ${errors.length} error(s); nothing was loaded:`);
  for (const error of errors) console.error(`  ${formatError(error)}`);
  process.exit(1);
}

try {
  await withDatabase(async ({ driver, database }) => {
    await applySchema(driver, database);
    const started = Date.now();
    const result = await loadDataset(driver, dataset, {
      database,
      reset: values.reset,
      onProgress: (step) => console.log(`  ${step}`),
    });
    console.log(
      `Loaded ${result.entities} entities, ${result.relationships} relationships and ${result.sources} sources in ${Date.now() - started} ms.`,
    );
  });
} catch (error) {
  if (error instanceof DatasetInvalidError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
