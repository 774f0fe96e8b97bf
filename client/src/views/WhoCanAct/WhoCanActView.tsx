import { useMemo } from 'react';
import type { WhoCanActQuery } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { AsyncState } from '../../components/AsyncState';
import { SourcesDisclosure } from '../../components/Citations';
import { ExportBar } from '../../export/ExportBar';
import { GraphCanvas } from '../../graph/GraphCanvas';
import { KindIcon } from '../../graph/KindIcon';
import { KIND_ORDER, isKind } from '../../graph/kinds';
import { Legend } from '../../graph/Legend';
import { parseLayout, type GraphModel } from '../../graph/model';
import { Link } from '../../router/Link';
import { setQuery, useLocation } from '../../router/location';
import { exploreHref } from '../Explore/exploreState';
import { COERCIONS, CRIMES, STAGES, readActForm, toActFilter, type ActForm } from './actFilter';
import { SituationOptions, WhoCanAct } from './operations';

type Option = WhoCanActQuery['whoCanAct'][number];

/** Who could act on a situation, with which tool, on what basis, and whose approval it needs. */
export function WhoCanActView() {
  const { query } = useLocation();
  const form = readActForm(query);
  const layout = parseLayout(query.get('layout'), 'hierarchy');
  const selected = query.get('sel') ?? undefined;
  const filter = toActFilter(form);
  const result = useQuery(WhoCanAct, { filter });
  const situations = useQuery(SituationOptions, {});
  const options = result.data?.whoCanAct ?? [];

  // Grouped by actor, groups ranked by their best option.
  const groups = useMemo(() => {
    const byActor = new Map<string, Option[]>();
    for (const option of options) byActor.set(option.actor.id, [...(byActor.get(option.actor.id) ?? []), option]);
    return [...byActor.values()]
      .map((list) => [...list].sort((a, b) => b.score - a.score))
      .sort((a, b) => (b[0]?.score ?? 0) - (a[0]?.score ?? 0));
  }, [options]);

  const graph = useMemo(() => toGraph(options), [options]);
  const update = (patch: Partial<Record<keyof ActForm, string | boolean>>) => setQuery({ ...patch, sel: null }, { replace: true });

  const table = () => ({
    columns: ['actor', 'tool', 'pillars', 'stages', 'coercion', 'conditions', 'legal basis', 'approvals needed', 'channels', 'score'],
    rows: options.map((o) => [
      o.actor.name,
      o.tool.name,
      o.tool.pillars.join(' '),
      o.tool.stages.join(' '),
      o.tool.coercion,
      o.conditions,
      o.legalBasis.map((m) => m.name).join('; '),
      o.approvals.map((a) => `${a.actor.name}: ${a.requirement}`).join('; '),
      o.channels.map((c) => c.name).join('; '),
      o.score,
    ]),
  });

  return (
    <div className="view who-can-act">
      <div className="view-header">
        <h1>Who can act</h1>
        <p className="lede">Choose what you know about the situation; the actors who could respond are ranked below, each with its tool, legal basis, the approvals it needs, and its sources.</p>
      </div>
      <form className="act-form" onSubmit={(event) => event.preventDefault()} aria-label="Situation">
        <label>
          Crime
          <select value={form.crime} onChange={(e) => update({ crime: e.target.value })}>
            <option value="">Any</option>
            {CRIMES.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Pillar
          <select value={form.pillar} onChange={(e) => update({ pillar: e.target.value })}>
            <option value="">Any</option>
            <option value="1">1: the state's own responsibility</option>
            <option value="2">2: international assistance</option>
            <option value="3">3: timely and decisive response</option>
          </select>
        </label>
        <label>
          Stage
          <select value={form.stage} onChange={(e) => update({ stage: e.target.value })}>
            <option value="">Any</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {stage}
              </option>
            ))}
          </select>
        </label>
        <label>
          Maximum coercion
          <select value={form.maxCoercion} onChange={(e) => update({ maxCoercion: e.target.value })}>
            <option value="">Any</option>
            {COERCIONS.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Situation
          <select value={form.situation} onChange={(e) => update({ situation: e.target.value })}>
            <option value="">Any</option>
            {(situations.data?.situations ?? []).map((situation) => (
              <option key={situation.id} value={situation.id}>
                {situation.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={form.withoutCouncil} onChange={(e) => update({ withoutCouncil: e.target.checked })} />
          Without a Security Council decision
        </label>
      </form>
      <div className="split">
        <section className="results" aria-labelledby="results-title">
          <h2 id="results-title">
            {result.data ? `${options.length} options from ${groups.length} actors` : 'Options'}
          </h2>
          <AsyncState what="options" loading={result.loading} error={result.error} retry={result.retry} empty={!!result.data && options.length === 0} emptyText="No actor matches all of these. Loosen a filter." />
          <ExportBar name="who can act" graph table={table} citations={() => options.flatMap((o) => [...o.citations, ...o.approvals.flatMap((a) => a.citations)])} />
          <ol className="actor-groups">
            {groups.map((list) => {
              const actor = list[0]!.actor;
              return (
                <li key={actor.id} className="actor-group">
                  <h3>
                    <KindIcon kind={actor.kind} /> <Link href={exploreHref(actor.id)}>{actor.name}</Link>{' '}
                    <span className="muted">({list.length} {list.length === 1 ? 'tool' : 'tools'})</span>
                  </h3>
                  <ul>
                    {list.map((option) => (
                      <OptionItem key={option.tool.id} option={option} selected={selected === option.tool.id} />
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </section>
        <section className="graph-column" aria-label="Actor, tool and mandate graph">
          <GraphCanvas
            label="Actors, their tools and the mandates behind them"
            model={graph}
            layout={layout}
            direction="LR"
            onLayoutChange={(next) => setQuery({ layout: next === 'hierarchy' ? null : next }, { replace: true })}
            selected={selected}
            onSelect={(id) => setQuery({ sel: id ?? null })}
            onActivate={(id) => setQuery({ sel: id })}
          />
          <Legend kinds={KIND_ORDER.filter((kind) => graph.nodes.some((node) => node.kind === kind))} />
        </section>
      </div>
    </div>
  );
}

function OptionItem({ option, selected }: { option: Option; selected: boolean }) {
  const { tool } = option;
  return (
    <li className={selected ? 'option selected' : 'option'}>
      <p>
        <strong>
          <Link href={exploreHref(tool.id)}>{tool.name}</Link>
        </strong>{' '}
        <span className="muted">
          pillar {tool.pillars.join(', ')} · {tool.stages.join(', ')} · {tool.coercion.replace(/_/g, '-')}
        </span>
      </p>
      {option.conditions && <p>Conditions: {option.conditions}</p>}
      <p>
        Legal basis:{' '}
        {option.legalBasis.length === 0
          ? 'none recorded'
          : option.legalBasis.map((mandate, index) => (
              <span key={mandate.id}>
                {index > 0 && '; '}
                <Link href={exploreHref(mandate.id)}>{mandate.name}</Link>
              </span>
            ))}
      </p>
      <p>
        Approvals needed:{' '}
        {option.approvals.length === 0
          ? 'none recorded'
          : option.approvals.map((approval, index) => (
              <span key={`${approval.actor.id}-${index}`}>
                {index > 0 && '; '}
                <Link href={exploreHref(approval.actor.id)}>{approval.actor.name}</Link> ({approval.requirement}
                {approval.what ? `: ${approval.what}` : ''})
              </span>
            ))}
      </p>
      {option.channels.length > 0 && (
        <p>
          Through:{' '}
          {option.channels.map((channel, index) => (
            <span key={channel.id}>
              {index > 0 && '; '}
              <Link href={exploreHref(channel.id)}>{channel.name}</Link>
            </span>
          ))}
        </p>
      )}
      <SourcesDisclosure citations={[...option.citations, ...option.approvals.flatMap((a) => a.citations)]} />
    </li>
  );
}

/** actor → tool → mandate, from the options themselves (no second request). */
function toGraph(options: readonly Option[]): GraphModel {
  const nodes = new Map<string, GraphModel['nodes'][number]>();
  const edges = new Map<string, GraphModel['edges'][number]>();
  const node = (entity: { id: string; kind: string; name: string }) => {
    if (!nodes.has(entity.id)) nodes.set(entity.id, { id: entity.id, kind: isKind(entity.kind) ? entity.kind : 'Institution', label: shorten(entity.name), name: entity.name });
  };
  for (const option of options) {
    node(option.actor);
    node(option.tool);
    edges.set(`${option.actor.id}>can-use>${option.tool.id}`, { id: `${option.actor.id}>can-use>${option.tool.id}`, source: option.actor.id, target: option.tool.id, label: 'can use' });
    for (const mandate of option.legalBasis) {
      node(mandate);
      const id = `${option.tool.id}>based-on>${mandate.id}`;
      edges.set(id, { id, source: option.tool.id, target: mandate.id, label: 'based on' });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function shorten(name: string): string {
  return name.length > 32 ? `${name.slice(0, 30)}…` : name;
}
