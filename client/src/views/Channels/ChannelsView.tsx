import { useMemo } from 'react';
import { useQuery } from '../../api/useQuery';
import { AsyncState } from '../../components/AsyncState';
import { SourcesDisclosure } from '../../components/Citations';
import { EntitySearch } from '../../components/EntitySearch';
import { ExportBar } from '../../export/ExportBar';
import { GraphCanvas } from '../../graph/GraphCanvas';
import { KindIcon } from '../../graph/KindIcon';
import { KIND_ORDER, isKind } from '../../graph/kinds';
import { Legend } from '../../graph/Legend';
import { parseLayout } from '../../graph/model';
import { Link } from '../../router/Link';
import { listParam, setQuery, useLocation, withQuery } from '../../router/location';
import { exploreHref } from '../Explore/exploreState';
import { EntityNames, Routes } from './operations';
import { describeRoute, routeElementIds, routesToGraph, stepIds, type Route } from './routeGraph';

const EXAMPLES: [string, string, string][] = [
  ['un-secretary-general', 'un-security-council', 'Secretary-General to the Security Council'],
  ['civil-society', 'un-security-council', 'Civil society to the Security Council'],
  ['embassy-desk-officer', 'us-senior-leadership', 'US embassy desk officer to senior US leadership'],
];

/** Routes from one actor to another, each step labelled with its channel; block any to see what remains. */
export function ChannelsView() {
  const { query } = useLocation();
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const blocked = listParam(query, 'block');
  const chosen = Number(query.get('route') ?? '0') || 0;
  const layout = parseLayout(query.get('layout'), 'hierarchy');
  const selected = query.get('sel') ?? undefined;

  const ready = !!from && !!to;
  const result = useQuery(Routes, { from, to, avoid: blocked, max: 5 }, { skip: !ready });
  const routes = ready ? (result.data?.channels ?? []) : [];
  const nameIds = [from, to, ...blocked].filter(Boolean);
  const namesQuery = useQuery(EntityNames, { ids: nameIds, limit: nameIds.length }, { skip: nameIds.length === 0 });

  const names = useMemo(() => {
    const map = new Map<string, { name: string; kind: string }>();
    for (const node of namesQuery.data?.neighborhood.nodes ?? []) map.set(node.id, node);
    for (const route of routes) for (const step of route.steps) for (const entity of [step.from, step.channel, step.to]) map.set(entity.id, entity);
    return map;
  }, [namesQuery.data, routes]);
  const nameOf = (id: string) => names.get(id)?.name ?? id;

  const graph = useMemo(() => routesToGraph(routes), [routes]);
  const route: Route | undefined = routes[chosen] ?? routes[0];
  const highlighted = useMemo(() => routeElementIds(route), [route]);
  const endpoints = useMemo(() => new Set([from, to]), [from, to]);

  const block = (id: string) => setQuery({ block: [...new Set([...blocked, id])], route: null, sel: null });
  const unblock = (id: string) => setQuery({ block: blocked.filter((b) => b !== id), route: null });

  const describe = (id: string): string | undefined => {
    for (const r of routes)
      for (const step of r.steps) {
        if (step.channel.id === id) return `Channel ${step.channel.name}, from ${step.from.name} to ${step.to.name}`;
        const { sends, reaches } = stepIds(step);
        if (sends === id) return `${step.from.name} sends through ${step.channel.name}`;
        if (reaches === id) return `${step.channel.name} reaches ${step.to.name}`;
      }
    return undefined;
  };

  const table = () => ({
    columns: ['route', 'step', 'from', 'channel', 'to', 'formal', 'confidential'],
    rows: routes.flatMap((r, index) => r.steps.map((s, step) => [index + 1, step + 1, s.from.name, s.channel.name, s.to.name, s.formal, s.confidential])),
  });

  return (
    <div className="view channels">
      <div className="view-header">
        <h1>Channels</h1>
        <p className="lede">How information, requests and decisions travel from one actor to another, and what remains when a route is closed.</p>
      </div>
      <div className="route-pickers">
        <EntitySearch label="From" placeholder="e.g. civil society, Secretary-General" value={from ? nameOf(from) : undefined} onPick={(picked) => setQuery({ from: picked.id, route: null, sel: null })} />
        <EntitySearch label="To" placeholder="e.g. Security Council" value={to ? nameOf(to) : undefined} onPick={(picked) => setQuery({ to: picked.id, route: null, sel: null })} />
        <button type="button" disabled={!ready} onClick={() => setQuery({ from: to, to: from, block: null, route: null })}>
          Swap
        </button>
      </div>
      {!ready && (
        <section className="intro">
          <p>Pick where the information starts and where it should arrive, or try:</p>
          <ul>
            {EXAMPLES.map(([a, b, text]) => (
              <li key={text}>
                <Link href={withQuery({ from: a, to: b }, '/channels')}>{text}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {blocked.length > 0 && (
        <section className="blocked" aria-labelledby="blocked-title">
          <h2 id="blocked-title">Blocked ({blocked.length})</h2>
          <ul className="chips">
            {blocked.map((id) => (
              <li key={id}>
                {nameOf(id)}{' '}
                <button type="button" onClick={() => unblock(id)} aria-label={`Undo block of ${nameOf(id)}`}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setQuery({ block: null, route: null })}>
            Undo all
          </button>
        </section>
      )}
      {ready && (
        <div className="split">
          <section className="results" aria-labelledby="routes-title">
            <h2 id="routes-title">{result.data ? `${routes.length} ${routes.length === 1 ? 'route' : 'routes'} from ${nameOf(from)} to ${nameOf(to)}` : 'Routes'}</h2>
            <AsyncState
              what="routes"
              loading={result.loading}
              error={result.error}
              retry={result.retry}
              empty={!!result.data && routes.length === 0}
              emptyText={blocked.length > 0 ? 'No route remains with these blocked. Undo a block to see routes again.' : 'No route links these two actors in the sources.'}
            />
            <ExportBar name={`routes from ${from} to ${to}`} graph table={table} citations={() => routes.flatMap((r) => r.steps.flatMap((s) => s.citations))} />
            <ol className="routes">
              {routes.map((r, index) => (
                <li key={describeRoute(r)} className={r === route ? 'route chosen' : 'route'} aria-current={r === route ? 'true' : undefined}>
                  <h3>
                    <button type="button" className="link-button" onClick={() => setQuery({ route: index === 0 ? null : index }, { replace: true })} aria-pressed={r === route}>
                      Route {index + 1}: {r.hops} {r.hops === 1 ? 'step' : 'steps'}
                    </button>
                  </h3>
                  <ol className="steps">
                    {r.steps.map((step, at) => (
                      <li key={at}>
                        <span className="step-line">
                          {entityLink(step.from)} → <span className="channel-name">{entityLink(step.channel)}</span>
                          <span className="muted">
                            {' '}
                            ({step.formal ? 'formal' : 'informal'}, {step.confidential ? 'confidential' : 'public'})
                          </span>{' '}
                          → {entityLink(step.to)}
                        </span>
                        <span className="step-actions">
                          <button type="button" onClick={() => block(step.channel.id)} aria-label={`Block channel ${step.channel.name}`}>
                            Block channel
                          </button>
                          {step.to.id !== to && (
                            <button type="button" onClick={() => block(step.to.id)} aria-label={`Block ${step.to.name}`}>
                              Block {shortName(step.to.name)}
                            </button>
                          )}
                        </span>
                        <SourcesDisclosure citations={step.citations} />
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </section>
          <section className="graph-column" aria-label="Routes graph">
            <GraphCanvas
              label={`Routes from ${nameOf(from)} to ${nameOf(to)}`}
              model={graph}
              layout={layout}
              onLayoutChange={(next) => setQuery({ layout: next === 'hierarchy' ? null : next }, { replace: true })}
              selected={selected}
              highlighted={highlighted}
              endpoints={endpoints}
              onSelect={(id) => setQuery({ sel: id ?? null }, { replace: true })}
              onActivate={(id) => (id === from || id === to ? undefined : block(id))}
              activateHint="blocks it"
              describe={describe}
            />
            <Legend kinds={KIND_ORDER.filter((kind) => graph.nodes.some((node) => node.kind === kind))} />
            {selected && names.has(selected) && (
              <p>
                Selected: {nameOf(selected)}. <Link href={exploreHref(selected)}>Open in Explore</Link>
                {selected !== from && selected !== to && (
                  <>
                    {' '}
                    <button type="button" onClick={() => block(selected)}>
                      Block it
                    </button>
                  </>
                )}
              </p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function entityLink(entity: { id: string; kind: string; name: string }) {
  return (
    <Link href={exploreHref(entity.id)}>
      {isKind(entity.kind) && <KindIcon kind={entity.kind} />} {entity.name}
    </Link>
  );
}

function shortName(name: string): string {
  return name.length > 28 ? `${name.slice(0, 26)}…` : name;
}
