import { useMemo } from 'react';
import { AsyncState } from '../../components/AsyncState';
import { SourcesDisclosure } from '../../components/Citations';
import { ExportBar } from '../../export/ExportBar';
import { Link } from '../../router/Link';
import { setQuery, useLocation } from '../../router/location';
import { exploreHref } from '../Explore/exploreState';
import { useAllTools, type Tool } from './useAllTools';

const COLUMNS = [
  { key: 'name', label: 'Tool' },
  { key: 'pillars', label: 'Pillars' },
  { key: 'stages', label: 'Stages' },
  { key: 'coercion', label: 'Coercion' },
  { key: 'usableBy', label: 'Who can use it' },
] as const;
type SortKey = (typeof COLUMNS)[number]['key'];
const STAGE_ORDER = ['prevent', 'anticipate', 'respond', 'rebuild'];
const COERCION_ORDER = ['persuasive', 'non_military_coercive', 'military'];

/** The catalogue of policy tools as a sortable, filterable table, with counts. */
export function ToolsView() {
  const { query } = useLocation();
  const { tools, total, loading, error, retry } = useAllTools();
  const pillar = query.get('pillar') ?? '';
  const stage = query.get('stage') ?? '';
  const coercion = query.get('coercion') ?? '';
  const actor = query.get('usableBy') ?? '';
  const text = query.get('text') ?? '';
  const sort = (COLUMNS.find((c) => c.key === query.get('sort'))?.key ?? 'name') as SortKey;
  const descending = query.get('dir') === 'desc';

  const actors = useMemo(() => {
    const map = new Map<string, string>();
    for (const tool of tools ?? []) for (const user of tool.usableBy) map.set(user.id, user.name);
    return [...map.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [tools]);

  const rows = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const kept = (tools ?? []).filter(
      (tool) =>
        (!pillar || tool.pillars.includes(Number(pillar))) &&
        (!stage || tool.stages.includes(stage as Tool['stages'][number])) &&
        (!coercion || tool.coercion === coercion) &&
        (!actor || tool.usableBy.some((user) => user.id === actor)) &&
        (!needle || [tool.name, tool.description, ...tool.aliases].some((field) => field.toLowerCase().includes(needle))),
    );
    const value = (tool: Tool): string | number => {
      switch (sort) {
        case 'pillars': return Math.min(...tool.pillars, 9);
        case 'stages': return Math.min(...tool.stages.map((s) => STAGE_ORDER.indexOf(s)), 9);
        case 'coercion': return COERCION_ORDER.indexOf(tool.coercion);
        case 'usableBy': return tool.usableBy.length;
        default: return tool.name.toLowerCase();
      }
    };
    const sorted = [...kept].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name);
      return descending ? -order : order;
    });
    return sorted;
  }, [tools, pillar, stage, coercion, actor, text, sort, descending]);

  const countBy = (values: (tool: Tool) => (string | number)[]) => {
    const counts = new Map<string, number>();
    for (const tool of rows) for (const v of values(tool)) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    return counts;
  };
  const byPillar = countBy((tool) => tool.pillars);
  const byCoercion = countBy((tool) => [tool.coercion]);

  const setSort = (key: SortKey) => setQuery({ sort: key === 'name' ? null : key, dir: sort === key && !descending ? 'desc' : null }, { replace: true });
  const filter = (patch: Record<string, string>) => setQuery(patch, { replace: true });

  const table = () => ({
    columns: ['tool', 'pillars', 'stages', 'coercion', 'who can use it', 'authorized by'],
    rows: rows.map((t) => [t.name, t.pillars.join(' '), t.stages.join(' '), t.coercion.replace(/_/g, '-'), t.usableBy.map((u) => u.name).join('; '), t.authorizedBy.map((m) => m.name).join('; ')]),
  });

  return (
    <div className="view tools">
      <div className="view-header">
        <h1>Tools</h1>
        <p className="lede">Every policy tool the sources describe, by R2P pillar, stage and degree of coercion, with who can use it.</p>
      </div>
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filter tools">
        <label>
          Text
          <input type="search" value={text} onChange={(e) => filter({ text: e.target.value })} placeholder="e.g. mediation" />
        </label>
        <label>
          Pillar
          <select value={pillar} onChange={(e) => filter({ pillar: e.target.value })}>
            <option value="">Any</option>
            <option value="1">1</option>
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
        </label>
        <label>
          Stage
          <select value={stage} onChange={(e) => filter({ stage: e.target.value })}>
            <option value="">Any</option>
            {STAGE_ORDER.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Coercion
          <select value={coercion} onChange={(e) => filter({ coercion: e.target.value })}>
            <option value="">Any</option>
            {COERCION_ORDER.map((c) => (
              <option key={c} value={c}>
                {c.replace(/_/g, '-')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who can use it
          <select value={actor} onChange={(e) => filter({ usableBy: e.target.value })}>
            <option value="">Anyone</option>
            {actors.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <AsyncState what="tools" loading={loading} error={error} retry={retry} empty={!!tools && rows.length === 0} emptyText="No tool matches these filters." />
      {tools && (
        <>
          <p className="counts" role="status" aria-live="polite" data-testid="tool-counts">
            Showing {rows.length} of {total} tools · pillar 1: {byPillar.get('1') ?? 0}, pillar 2: {byPillar.get('2') ?? 0}, pillar 3: {byPillar.get('3') ?? 0} · persuasive: {byCoercion.get('persuasive') ?? 0}, non-military coercive: {byCoercion.get('non_military_coercive') ?? 0}, military: {byCoercion.get('military') ?? 0}
          </p>
          <ExportBar name="policy tools" table={table} json={() => rows} citations={() => rows.flatMap((t) => t.citations)} />
          <table className="data-table">
            <caption className="visually-hidden">Policy tools, sorted by {COLUMNS.find((c) => c.key === sort)?.label}</caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column.key} scope="col" aria-sort={sort === column.key ? (descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="sort-button" onClick={() => setSort(column.key)}>
                      {column.label} <span aria-hidden="true">{sort === column.key ? (descending ? '▼' : '▲') : '↕'}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((tool) => (
                <tr key={tool.id}>
                  <th scope="row">
                    <Link href={exploreHref(tool.id)}>{tool.name}</Link>
                    <SourcesDisclosure citations={tool.citations} />
                  </th>
                  <td>{tool.pillars.join(', ')}</td>
                  <td>{tool.stages.join(', ')}</td>
                  <td>{tool.coercion.replace(/_/g, '-')}</td>
                  <td>
                    {tool.usableBy.length === 0
                      ? '—'
                      : tool.usableBy.map((user, index) => (
                          <span key={user.id}>
                            {index > 0 && ', '}
                            <Link href={exploreHref(user.id)}>{user.name}</Link>
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
