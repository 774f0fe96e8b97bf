import { useMemo } from 'react';
import type { Kind } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { AsyncState } from '../../components/AsyncState';
import { EntitySearch } from '../../components/EntitySearch';
import { ExportBar } from '../../export/ExportBar';
import { GraphCanvas } from '../../graph/GraphCanvas';
import { KindIcon } from '../../graph/KindIcon';
import { KIND_ORDER, isKind, kindLabel } from '../../graph/kinds';
import { Legend } from '../../graph/Legend';
import { EMPTY_GRAPH, filterGraph, type GraphModel } from '../../graph/model';
import { Link } from '../../router/Link';
import { setQuery, useLocation } from '../../router/location';
import { DetailsPanel } from './DetailsPanel';
import { exploreHref, readExploreState } from './exploreState';
import { EntityDetails, Neighborhood } from './operations';

const STARTING_POINTS: [string, string][] = [
  ['un-security-council', 'UN Security Council'],
  ['sapg-mandate', 'Mandate of the Special Adviser on the Prevention of Genocide'],
  ['au-peace-and-security-council', 'AU Peace and Security Council'],
  ['osce-hcnm', 'OSCE High Commissioner on National Minorities'],
  ['embassy-desk-officer', 'US embassy desk officer'],
];

/** Search, the neighbourhood on a canvas, and the details (with sources) of what is selected. */
export function ExploreView() {
  const { query } = useLocation();
  const state = readExploreState(query);
  const { focus, expanded, hidden, hiddenKinds, selected, layout } = state;

  const ids = focus ? [focus, ...expanded.filter((id) => id !== focus)] : [];
  const neighbourhood = useQuery(Neighborhood, { ids, depth: 1, limit: 200 }, { skip: ids.length === 0 });
  const full: GraphModel = useMemo(() => {
    const subgraph = neighbourhood.data?.neighborhood;
    if (!subgraph || ids.length === 0) return EMPTY_GRAPH;
    return {
      nodes: subgraph.nodes.map((node) => ({ id: node.id, kind: node.kind, label: node.label, name: node.name })),
      edges: subgraph.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, label: edge.label, type: edge.type })),
    };
  }, [neighbourhood.data, ids.join(',')]);

  const hiddenSet = useMemo(() => new Set(hidden), [hidden.join(',')]);
  const hiddenKindSet = useMemo(() => new Set<Kind>(hiddenKinds), [hiddenKinds.join(',')]);
  // The focus stays on screen whatever the filters: it is what the reader asked for.
  const shown = useMemo(
    () => filterGraph(full, (node) => node.id === focus || (!hiddenSet.has(node.id) && !(isKind(node.kind) && hiddenKindSet.has(node.kind)))),
    [full, focus, hiddenSet, hiddenKindSet],
  );

  const selectedEdge = shown.edges.find((edge) => edge.id === selected);
  const detailsId = selectedEdge ? selectedEdge.source : (selected ?? focus);
  const details = useQuery(EntityDetails, { id: detailsId ?? '' }, { skip: !detailsId });
  const entity = details.data?.entity;

  const counts = useMemo(() => {
    const result: Partial<Record<Kind, number>> = {};
    for (const node of full.nodes) if (isKind(node.kind)) result[node.kind] = (result[node.kind] ?? 0) + 1;
    return result;
  }, [full]);
  const presentKinds = KIND_ORDER.filter((kind) => counts[kind]);
  const names = new Map(full.nodes.map((node) => [node.id, node]));

  const open = (id: string) => setQuery({ focus: id, sel: id, expand: null, hide: null });
  const select = (id: string | undefined) => setQuery({ sel: id ?? null });
  const expand = (id: string) => setQuery({ expand: [...new Set([...expanded, id])], sel: id });
  const hide = (id: string) => setQuery({ hide: [...new Set([...hidden, id])], sel: selected === id ? null : selected }, { replace: true });
  const toggleKind = (kind: Kind) =>
    setQuery({ hideKinds: hiddenKindSet.has(kind) ? hiddenKinds.filter((k) => k !== kind) : [...hiddenKinds, kind] }, { replace: true });

  const focusName = names.get(focus ?? '')?.name ?? entity?.name ?? focus ?? '';
  const table = () => ({
    columns: ['from', 'from kind', 'relationship', 'to', 'to kind'],
    rows: shown.edges.map((edge) => [names.get(edge.source)?.name, names.get(edge.source)?.kind, edge.label, names.get(edge.target)?.name, names.get(edge.target)?.kind]),
  });
  const citations = () => (entity ? [...entity.citations, ...entity.relationships.flatMap((r) => r.citations)] : []);

  return (
    <div className="view explore">
      <div className="view-header">
        <h1>Explore</h1>
        <EntitySearch label="Search names, acronyms and aliases" placeholder="e.g. Security Council, SAPG, Article 99" onPick={(picked) => open(picked.id)} />
      </div>
      {!focus ? (
        <section className="intro">
          <p>Search for an institution, role, person, mandate, tool or channel, or start from one of these:</p>
          <ul>
            {STARTING_POINTS.map(([id, name]) => (
              <li key={id}>
                <Link href={exploreHref(id)}>{name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <div className="explore-body">
          <aside className="side">
            <Legend kinds={presentKinds.length > 0 ? presentKinds : KIND_ORDER} counts={counts} hiddenKinds={hiddenKindSet} onToggle={toggleKind} />
            {hidden.length > 0 && (
              <section aria-labelledby="hidden-title">
                <h2 id="hidden-title" className="small-heading">
                  Hidden nodes
                </h2>
                <ul className="chips">
                  {hidden.map((id) => (
                    <li key={id}>
                      {names.get(id)?.name ?? id}{' '}
                      <button type="button" onClick={() => setQuery({ hide: hidden.filter((h) => h !== id) }, { replace: true })} aria-label={`Show ${names.get(id)?.name ?? id} again`}>
                        Show
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </aside>
          <div className="main-column">
            <AsyncState what="neighbourhood" loading={neighbourhood.loading} error={neighbourhood.error} retry={neighbourhood.retry} empty={!!neighbourhood.data && full.nodes.length === 0} emptyText="Nothing found with this id. Search for another entity.">
              {neighbourhood.data?.neighborhood.truncated && <p className="note">The neighbourhood is large: only part of it is drawn.</p>}
            </AsyncState>
            <GraphCanvas
              label={`Neighbourhood of ${focusName}`}
              model={shown}
              layout={layout}
              onLayoutChange={(next) => setQuery({ layout: next === 'force' ? null : next }, { replace: true })}
              selected={selected}
              onSelect={select}
              onActivate={expand}
              activateHint="expands"
              onHide={hide}
            />
            <ExportBar name={`neighbourhood of ${focusName}`} graph table={table} citations={citations} />
            <details className="graph-table">
              <summary>
                The graph as a table ({shown.nodes.length} nodes, {shown.edges.length} relationships)
              </summary>
              <table>
                <caption>Relationships drawn in the graph</caption>
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">Relationship</th>
                    <th scope="col">To</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.edges.map((edge) => (
                    <tr key={edge.id}>
                      <td>{nodeCell(names.get(edge.source), open)}</td>
                      <td>
                        <button type="button" className="link-button" onClick={() => select(edge.id)}>
                          {edge.label}
                        </button>
                      </td>
                      <td>{nodeCell(names.get(edge.target), open)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </div>
          <aside className="details-column" aria-label="Details">
            <AsyncState what="details" loading={details.loading && !entity} error={details.error} retry={details.retry} empty={!!details.data && !entity} emptyText="No entity with this id." />
            {entity && (
              <DetailsPanel
                entity={entity}
                relationshipId={selectedEdge?.id}
                inGraph={shown.nodes.some((node) => node.id === entity.id) && entity.id !== focus}
                onOpen={(id) => (full.nodes.some((node) => node.id === id) ? select(id) : open(id))}
                onExpand={expand}
                onHide={hide}
              />
            )}
          </aside>
        </div>
      )}
    </div>
  );
}

function nodeCell(node: { id: string; kind: string; name: string } | undefined, open: (id: string) => void) {
  if (!node) return null;
  return (
    <button type="button" className="link-button" onClick={() => open(node.id)}>
      {isKind(node.kind) && <KindIcon kind={node.kind} />} {node.name} <span className="muted">({kindLabel(node.kind)})</span>
    </button>
  );
}
