import { readDataset } from './readDataset.js';
import type { Dataset, DatasetError } from './types.js';
import { validateDataset } from './validateDataset.js';
import { verifyQuotes, type QuoteReport } from './verifyQuotes.js';

export interface CheckReport {
  dataset: Dataset;
  errors: DatasetError[];
  quotes?: Omit<QuoteReport, 'errors'>;
}

/** Everything `npm run seed:check` does: read, validate, and (given the texts) verify quotes. */
export function checkDataset(dir?: string, sourcesDir?: string): CheckReport {
  const { dataset, errors } = readDataset(dir);
  errors.push(...validateDataset(dataset));
  if (!sourcesDir) return { dataset, errors };
  const { errors: quoteErrors, ...quotes } = verifyQuotes(dataset, sourcesDir);
  errors.push(...quoteErrors);
  return { dataset, errors, quotes };
}
