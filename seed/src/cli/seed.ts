/**
 * npm run seed [-- --reset] [--dir DATASET_DIR]
 * Loads the dataset into Neo4j (NEO4J_URI, or the embedded database when unset), all or
 * nothing: on any error the database is left as it was.
 *
 * npm run seed -- --synthetic N
 * Loads the real dataset (as above), then replaces any synthetic data with N − 1 suffixed
 * copies of it (`un-security-council~17`), so the database is N times the real size: for
 * benchmarks. Synthetic data is written in batches of separate transactions (not all or
 * nothing) and marked `dataset: 'synthetic'`; `--synthetic 0` (or 1) only removes it.
 */
import { parseArgs } from 'node:util';
import { withDatabase } from '../../../server/src/neo4j/withDatabase.js';
import { DEFAULT_DATASET_DIR, readDataset } from '../dataset/readDataset.js';
import { formatError } from '../dataset/types.js';
import { applySchema } from '../load/applySchema.js';
import { DatasetInvalidError, loadDataset } from '../load/loadDataset.js';
import { loadSynthetic, removeSynthetic } from '../synthetic/loadSynthetic.js';

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    dir: { type: 'string' },
    synthetic: { type: 'string' },
    'batch-size': { type: 'string' },
  },
  strict: true,
});

const scale = values.synthetic === undefined ? undefined : Number(values.synthetic);
if (scale !== undefined && (!Number.isInteger(scale) || scale < 0 || scale > 10_000)) {
  console.error(`--synthetic takes a whole number from 0 to 10000 (how many times the real dataset), not "${values.synthetic}"`);
  process.exit(1);
}
const batchSize = Number(values['batch-size'] ?? 10_000);
if (!Number.isInteger(batchSize) || batchSize < 1) {
  console.error(`--batch-size takes a positive whole number, not "${values['batch-size']}"`);
  process.exit(1);
}

const { dataset, errors } = readDataset(values.dir ?? DEFAULT_DATASET_DIR);
if (errors.length > 0) {
  console.error(`The dataset has ${errors.length} error(s); nothing was loaded:`);
  for (const error of errors) console.error(`  ${formatError(error)}`);
  process.exit(1);
}

try {
  await withDatabase(async ({ driver, database }) => {
    await applySchema(driver, database);
    if (scale !== undefined) {
      // Synthetic copies cross-link to the real entities: remove them first, so that syncing
      // the real dataset never has to delete a cross-link.
      const removing = Date.now();
      const removed = await removeSynthetic(driver, { database });
      if (removed > 0) console.log(`Removed ${removed} synthetic entities in ${Date.now() - removing} ms.`);
    }
    const started = Date.now();
    const result = await loadDataset(driver, dataset, {
      database,
      reset: values.reset,
      onProgress: (step) => console.log(`  ${step}`),
    });
    console.log(
      `Loaded ${result.entities} entities, ${result.relationships} relationships and ${result.sources} sources in ${Date.now() - started} ms.`,
    );
    if (scale !== undefined && scale > 1) {
      const loading = Date.now();
      console.log(`Loading ${scale - 1} synthetic copies (${scale}x the real dataset) in batches of ${batchSize}; not all or nothing:`);
      const synthetic = await loadSynthetic(driver, dataset, scale, { database, batchSize, onProgress: (line) => console.log(`  ${line}`) });
      console.log(
        `Loaded ${synthetic.entities} synthetic entities and ${synthetic.relationships} relationships in ${Math.round((Date.now() - loading) / 1000)} s (remove them with --synthetic 0).`,
      );
    }
  });
} catch (error) {
  if (error instanceof DatasetInvalidError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
