import { useState } from 'react';
import type { CitationFieldsFragment } from '../api/generated/graphql';
import { activeGraph } from '../graph/activeGraph';
import { countSources, formatCitations } from './citations';
import { toCsv, type Table } from './csv';
import { download, slug } from './download';

interface ExportBarProps {
  /** Names the files, e.g. "routes from secretary-general to un-security-council". */
  name: string;
  /** The view has a canvas: offer its PNG and its subgraph as JSON. */
  graph?: boolean;
  table?: () => Table;
  json?: () => unknown;
  citations?: () => readonly CitationFieldsFragment[];
}

/** Export what the view shows: PNG of the canvas, CSV of its list, JSON, and its sources. */
export function ExportBar({ name, graph, table, json, citations }: ExportBarProps) {
  const [status, setStatus] = useState('');
  const base = slug(name);

  const png = async () => {
    const cy = activeGraph();
    if (!cy) return;
    const blob = await cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 });
    download(`${base}.png`, blob);
    setStatus('Saved the picture of the graph.');
  };
  const subgraph = () => {
    const cy = activeGraph();
    const data = json ? json() : cy ? { nodes: cy.nodes().map((n) => n.data()), edges: cy.edges().map((e) => e.data()) } : {};
    download(`${base}.json`, JSON.stringify(data, null, 2), 'application/json');
    setStatus('Saved the JSON.');
  };
  const csv = () => {
    if (!table) return;
    download(`${base}.csv`, toCsv(table()), 'text/csv');
    setStatus('Saved the CSV.');
  };
  const copy = async () => {
    if (!citations) return;
    const list = citations();
    const text = formatCitations(list);
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied ${list.length} citations from ${countSources(list)} sources.`);
    } catch {
      // No clipboard (permissions, plain http on another host): hand the text over as a file.
      download(`${base}-citations.txt`, text);
      setStatus('The clipboard is not available; saved the citations as a text file.');
    }
  };

  return (
    <div className="export-bar" role="group" aria-label="Export">
      <span className="export-title">Export</span>
      {graph && (
        <button type="button" onClick={() => void png()}>
          PNG
        </button>
      )}
      {table && (
        <button type="button" onClick={csv}>
          CSV
        </button>
      )}
      {(graph || json) && (
        <button type="button" onClick={subgraph}>
          JSON
        </button>
      )}
      {citations && (
        <button type="button" onClick={() => void copy()}>
          Copy citations
        </button>
      )}
      <span className="export-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
