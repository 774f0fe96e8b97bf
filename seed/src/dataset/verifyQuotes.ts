import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, DatasetError } from './types.js';

export interface QuoteReport {
  verified: number;
  /** Citations of sources with no text in the folder (external documents): counted, not checked. */
  unchecked: number;
  errors: DatasetError[];
}

/**
 * Folds what a plain-text conversion varies on: curly versus straight quote marks, and line
 * breaks and runs of spaces. Everything else (case, punctuation, words) must match.
 */
export function foldText(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks that every quote appears in the text of the source it cites. */
export function verifyQuotes(dataset: Dataset, sourcesDir: string): QuoteReport {
  const report: QuoteReport = { verified: 0, unchecked: 0, errors: [] };
  const texts = new Map<string, string>();
  dataset.sources.forEach((source, index) => {
    if (!source.file) return;
    const path = join(sourcesDir, source.file);
    if (!existsSync(path)) {
      report.errors.push({ file: 'sources.yaml', path: `sources[${index}].file`, message: `source text ${path} not found` });
      return;
    }
    texts.set(source.key, foldText(readFileSync(path, 'utf8')));
  });
  const known = new Set(dataset.sources.map((source) => source.key));

  for (const item of [...dataset.entities, ...dataset.relationships]) {
    item.citations.forEach((citation, index) => {
      const text = texts.get(citation.source);
      if (text === undefined) {
        if (known.has(citation.source)) report.unchecked += 1;
        return;
      }
      if (text.includes(foldText(citation.quote))) report.verified += 1;
      else
        report.errors.push({
          ...item.origin,
          path: `${item.origin.path}.citations[${index}].quote`,
          message: `quote not found in ${citation.source}: "${citation.quote.slice(0, 80)}${citation.quote.length > 80 ? '…' : ''}"`,
        });
    });
  }
  return report;
}
