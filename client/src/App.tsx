import { useEffect, useState } from 'react';
import { graphql } from './api/graphql';

interface DatabaseInfo {
  version: string;
  edition: string;
  nodeCount: number;
  relationshipCount: number;
}

/** Placeholder shell: shows that the page reaches the API and the API reaches Neo4j. */
export function App() {
  const [info, setInfo] = useState<DatabaseInfo>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    graphql<{ database: DatabaseInfo }>('{ database { version edition nodeCount relationshipCount } }')
      .then((data) => setInfo(data.database))
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, []);
  return (
    <main>
      <h1>Atrocity Prevention Explorer</h1>
      <p>Who can act against genocide, war crimes, ethnic cleansing and crimes against humanity, with which tools, through which channel.</p>
      {error && <p role="alert">The API is unreachable: {error}</p>}
      {!info && !error && <p>Loading…</p>}
      {info && (
        <p data-testid="database-status">
          Neo4j {info.version} ({info.edition}): {info.nodeCount} nodes, {info.relationshipCount} relationships.
        </p>
      )}
    </main>
  );
}
