/**
 * npm run seed:check [-- --sources DIR] [--dir DATASET_DIR]
 * Validates the dataset and, with --sources, checks every quote against the source texts.
 * Exits 1 on any error, so CI fails on a bad edit.
 */
import { parseArgs } from 'node:util';
import { checkDataset } from '../dataset/checkDataset.js';
import { DEFAULT_DATASET_DIR } from '../dataset/readDataset.js';
import { formatError } from '../dataset/types.js';
import { printCounts } from './printCounts.js';

const { values } = parseArgs({
  options: { sources: { type: 'string' }, dir: { type: 'string' } },
  strict: true,
});

const report = checkDataset(values.dir ?? DEFAULT_DATASET_DIR, values.sources);
printCounts(report.dataset);
if (report.quotes) {
  console.log(
    `\nQuotes: ${report.quotes.verified} verified against the source texts` +
      (report.quotes.unchecked ? `, ${report.quotes.unchecked} cite external documents without a stored text` : ''),
  );
}
if (report.errors.length > 0) {
  console.error(`\n${report.errors.length} error(s):`);
  for (const error of report.errors) console.error(`  ${formatError(error)}`);
  process.exit(1);
}
console.log('\nNo errors.');
