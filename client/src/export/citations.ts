import type { CitationFieldsFragment } from '../api/generated/graphql';

/**
 * The sources of a view as a reader would cite them: one entry per source (title,
 * publisher, date, address), then each quoted passage, without repeats.
 */
export function formatCitations(citations: readonly CitationFieldsFragment[]): string {
  const bySource = new Map<string, { source: CitationFieldsFragment['source']; quotes: Set<string> }>();
  for (const citation of citations) {
    const entry = bySource.get(citation.source.key) ?? { source: citation.source, quotes: new Set<string>() };
    entry.quotes.add(citation.quote);
    bySource.set(citation.source.key, entry);
  }
  return [...bySource.values()]
    .sort((a, b) => a.source.title.localeCompare(b.source.title))
    .map(({ source, quotes }) => {
      const head = `${source.title}. ${source.publisher}, ${source.date}.${source.url ? ` ${source.url}` : ''}`;
      return [head, ...[...quotes].map((quote) => `  - "${quote}"`)].join('\n');
    })
    .join('\n\n');
}

export function countSources(citations: readonly CitationFieldsFragment[]): number {
  return new Set(citations.map((citation) => citation.source.key)).size;
}
