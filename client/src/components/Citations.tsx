import type { CitationFieldsFragment } from '../api/generated/graphql';

/** Each quoted passage with the title of the report it comes from. */
export function Citations({ citations, compact = false }: { citations: readonly CitationFieldsFragment[]; compact?: boolean }) {
  if (citations.length === 0) return <p className="muted">No citation.</p>;
  return (
    <ul className={compact ? 'citations compact' : 'citations'}>
      {citations.map((citation, index) => (
        <li key={`${citation.source.key}-${index}`}>
          <blockquote>“{citation.quote}”</blockquote>
          <cite>
            {citation.source.url ? (
              <a href={citation.source.url} rel="noreferrer noopener" target="_blank">
                {citation.source.title}
              </a>
            ) : (
              citation.source.title
            )}{' '}
            ({citation.source.publisher}, {citation.source.date})
          </cite>
        </li>
      ))}
    </ul>
  );
}

/** Sources folded away by default, so lists stay short but every claim is one click from its passage. */
export function SourcesDisclosure({ citations, label = 'Sources' }: { citations: readonly CitationFieldsFragment[]; label?: string }) {
  return (
    <details className="sources">
      <summary>
        {label} ({citations.length})
      </summary>
      <Citations citations={citations} compact />
    </details>
  );
}
