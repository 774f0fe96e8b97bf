import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Monaco's language workers, bundled by Vite (no CDN).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';

/** GraphiQL, bundled and served by our own server: no script, font or worker from elsewhere. */
const fetcher = async (params: unknown) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={'# Who can bring a situation to the Security Council, and through which channel?\n{\n  channels(from: "un-secretary-general", to: "un-security-council") {\n    hops\n    steps { from { name } channel { name } to { name } }\n  }\n}\n'} />
  </StrictMode>,
);
