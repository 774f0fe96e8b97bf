import { useMemo } from 'react';
import type { SituationListQuery } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { AsyncState } from '../../components/AsyncState';
import { Citations, SourcesDisclosure } from '../../components/Citations';
import { ExportBar } from '../../export/ExportBar';
import { KindIcon } from '../../graph/KindIcon';
import { isKind } from '../../graph/kinds';
import { Link } from '../../router/Link';
import { setQuery, useLocation } from '../../router/location';
import { exploreHref } from '../Explore/exploreState';
import { SituationList } from './operations';

type Situation = SituationListQuery['situations'][number];

const year = (date: string | null | undefined) => (date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN);

/**
 * The years a situation spans: its own dates, else those of its events and involvements,
 * else a decade in its name ("Bosnia (1990s)"), marked approximate.
 */
function spanOf(situation: Situation): { start: number; end: number; approximate: boolean } | undefined {
  const own = [year(situation.startDate), year(situation.endDate)].filter(Number.isFinite);
  if (own.length > 0) return { start: Math.min(...own), end: Math.max(...own), approximate: false };
  const dated = [...situation.events.map((e) => year(e.eventDate)), ...situation.involved.flatMap((r) => [year(r.date), year(r.startDate), year(r.endDate)])].filter(Number.isFinite);
  if (dated.length > 0) return { start: Math.min(...dated), end: Math.max(...dated), approximate: true };
  const decade = /\b(1[89]\d0|20[0-2]0)s\b/.exec(situation.name);
  if (decade?.[1]) return { start: Number(decade[1]), end: Number(decade[1]) + 9, approximate: true };
  return undefined;
}

/** Each case the reports discuss: what happened, who acted with what, on a timeline. */
export function SituationsView() {
  const { query } = useLocation();
  const { data, loading, error, retry } = useQuery(SituationList, {});
  const situations = useMemo(
    () => [...(data?.situations ?? [])].sort((a, b) => (spanOf(a)?.start ?? 9999) - (spanOf(b)?.start ?? 9999) || a.name.localeCompare(b.name)),
    [data],
  );
  const chosen = situations.find((s) => s.id === query.get('id')) ?? situations[0];

  const years = situations.flatMap((s) => {
    const span = spanOf(s);
    return span ? [span.start, span.end] : [];
  });
  const [first, last] = years.length > 0 ? [Math.min(...years), Math.max(...years)] : [1940, 2011];
  const span = Math.max(last - first, 1);

  const table = () => ({
    columns: ['situation', 'date', 'what happened', 'outcome'],
    rows: situations.flatMap((s) => timelineOf(s).map((item) => [s.name, item.date, item.text, item.outcome])),
  });

  return (
    <div className="view situations">
      <div className="view-header">
        <h1>Situations</h1>
        <p className="lede">The cases the reports discuss, what happened, and who acted with what.</p>
      </div>
      <AsyncState what="situations" loading={loading} error={error} retry={retry} empty={!!data && situations.length === 0} />
      {situations.length > 0 && (
        <>
          <ExportBar name="situations" table={table} json={() => chosen} citations={() => (chosen ? [...chosen.citations, ...chosen.events.flatMap((e) => e.citations), ...chosen.involved.flatMap((i) => i.citations)] : [])} />
          <section className="overview" aria-labelledby="overview-title">
            <h2 id="overview-title">
              Timeline, {first}–{last}
            </h2>
            <ol className="gantt">
              {situations.map((situation) => {
                const years = spanOf(situation);
                const left = years ? ((years.start - first) / span) * 100 : 0;
                const width = years ? Math.max(((years.end - years.start) / span) * 100, 0.8) : 0;
                return (
                  <li key={situation.id} className={situation === chosen ? 'chosen' : undefined}>
                    <button type="button" className="link-button gantt-label" aria-pressed={situation === chosen} onClick={() => setQuery({ id: situation.id })}>
                      {situation.name}
                      <span className="muted"> {years ? `${years.approximate ? 'c. ' : ''}${years.start === years.end ? years.start : `${years.start}–${years.end}`}` : 'undated'}</span>
                    </button>
                    <span className="gantt-track" aria-hidden="true">
                      {years && <span className={years.approximate ? 'gantt-bar approximate' : 'gantt-bar'} style={{ left: `${left}%`, width: `${width}%` }} />}
                    </span>
                  </li>
                );
              })}
            </ol>
          </section>
          {chosen && <SituationDetails situation={chosen} />}
        </>
      )}
    </div>
  );
}

function SituationDetails({ situation }: { situation: Situation }) {
  const items = timelineOf(situation);
  return (
    <article className="situation" aria-labelledby="situation-title">
      <h2 id="situation-title">{situation.name}</h2>
      <p className="muted">
        {[dates(situation.startDate, situation.endDate), situation.region].filter(Boolean).join(' · ')}
        {situation.startDate || situation.region ? ' · ' : ''}
        <Link href={exploreHref(situation.id)}>Open in Explore</Link>
      </p>
      <p>{situation.description}</p>
      <SourcesDisclosure citations={situation.citations} />
      <div className="split">
        <section aria-labelledby="happened-title">
          <h3 id="happened-title">What happened ({items.length})</h3>
          {items.length === 0 ? (
            <p className="muted">The sources give no dated event for this situation.</p>
          ) : (
            <ol className="timeline">
              {items.map((item) => (
                <li key={item.id}>
                  <time>{item.date || 'undated'}</time>
                  <div>
                    <p>
                      <strong>{item.title}</strong>
                      {item.text && item.text !== item.title ? ` — ${item.text}` : ''}
                    </p>
                    {item.outcome && <p>Outcome: {item.outcome}</p>}
                    <SourcesDisclosure citations={item.citations} />
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="acted-title">
          <h3 id="acted-title">Who acted, with what ({situation.involved.length})</h3>
          {situation.involved.length === 0 ? (
            <p className="muted">No actor is recorded for this situation.</p>
          ) : (
            <ul className="involved">
              {situation.involved.map((relationship) => {
                const other = relationship.from.id === situation.id ? relationship.to : relationship.from;
                const details = [relationship.what, relationship.role && `role: ${relationship.role}`, relationship.how, relationship.outcome && `outcome: ${relationship.outcome}`, relationship.date ?? dates(relationship.startDate, relationship.endDate)].filter(Boolean);
                return (
                  <li key={relationship.id}>
                    <Link href={exploreHref(other.id)}>
                      {isKind(other.kind) && <KindIcon kind={other.kind} />} {other.name}
                    </Link>{' '}
                    <span className="muted">{relationship.label}</span>
                    {details.length > 0 && <p>{details.join('; ')}</p>}
                    <SourcesDisclosure citations={relationship.citations} />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
      <details>
        <summary>All sources of this situation</summary>
        <Citations citations={[...situation.citations, ...situation.events.flatMap((e) => e.citations)]} />
      </details>
    </article>
  );
}

/** Events and dated involvements of a situation, in date order. */
function timelineOf(situation: Situation) {
  const events = situation.events.map((event) => ({ id: event.id, date: event.eventDate, title: event.name, text: event.description, outcome: event.outcome, citations: event.citations }));
  const acts = situation.involved
    .filter((r) => r.date || r.startDate)
    .map((r) => ({ id: r.id, date: r.date ?? r.startDate ?? '', title: `${r.from.name} ${r.label} ${r.to.name}`, text: r.what ?? '', outcome: r.outcome, citations: r.citations }));
  return [...events, ...acts].sort((a, b) => a.date.localeCompare(b.date));
}

function dates(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end && start !== end) return `${start} – ${end}`;
  return start ?? end ?? '';
}
