import type { EntityDetailsQuery } from '../../api/generated/graphql';
import { Citations, SourcesDisclosure } from '../../components/Citations';
import { KindIcon } from '../../graph/KindIcon';
import { kindLabel } from '../../graph/kinds';

type Entity = NonNullable<EntityDetailsQuery['entity']>;
type Relationship = Entity['relationships'][number];

interface DetailsPanelProps {
  entity: Entity;
  /** An edge chosen on the canvas: shown first, with its passage. */
  relationshipId?: string | undefined;
  inGraph: boolean;
  onOpen(id: string): void;
  onExpand(id: string): void;
  onHide(id: string): void;
}

/** Description, aliases, facts, citations, and every relationship grouped by its verb. */
export function DetailsPanel({ entity, relationshipId, inGraph, onOpen, onExpand, onHide }: DetailsPanelProps) {
  const groups = new Map<string, Relationship[]>();
  for (const relationship of entity.relationships) {
    const outgoing = relationship.from.id === entity.id;
    const heading = outgoing ? relationship.label : `${relationship.label} (incoming)`;
    groups.set(heading, [...(groups.get(heading) ?? []), relationship]);
  }
  const chosen = entity.relationships.find((relationship) => relationship.id === relationshipId);

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="kind-line">
        <KindIcon kind={entity.kind} /> {kindLabel(entity.kind)}
      </p>
      <h2 id="details-title">{entity.name}</h2>
      {entity.aliases.length > 0 && <p className="aliases">Also known as: {entity.aliases.join(', ')}</p>}
      <div className="details-actions">
        <button type="button" onClick={() => onExpand(entity.id)}>
          Expand
        </button>
        {inGraph && (
          <button type="button" onClick={() => onHide(entity.id)}>
            Hide from graph
          </button>
        )}
      </div>
      <p>{entity.description}</p>
      <Facts entity={entity} />
      {chosen && (
        <section className="chosen-relationship" aria-labelledby="chosen-title">
          <h3 id="chosen-title">Selected relationship</h3>
          <RelationshipLine relationship={chosen} self={entity.id} onOpen={onOpen} />
          <Citations citations={chosen.citations} compact />
        </section>
      )}
      <h3>Sources</h3>
      <Citations citations={entity.citations} />
      <h3>Relationships ({entity.relationships.length})</h3>
      {[...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([verb, relationships]) => (
          <section key={verb} className="relationship-group">
            <h4>
              {capitalise(verb)} ({relationships.length})
            </h4>
            <ul>
              {relationships.map((relationship) => (
                <li key={relationship.id}>
                  <RelationshipLine relationship={relationship} self={entity.id} onOpen={onOpen} />
                  <SourcesDisclosure citations={relationship.citations} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </article>
  );
}

function RelationshipLine({ relationship, self, onOpen }: { relationship: Relationship; self: string; onOpen(id: string): void }) {
  const other = relationship.from.id === self ? relationship.to : relationship.from;
  const extras = [
    relationship.conditions && `conditions: ${relationship.conditions}`,
    relationship.requirement && `requirement: ${relationship.requirement}`,
    relationship.what,
    relationship.how && `how: ${relationship.how}`,
    relationship.role && `role: ${relationship.role}`,
    relationship.outcome && `outcome: ${relationship.outcome}`,
    dates(relationship.startDate, relationship.endDate, relationship.date),
  ].filter(Boolean);
  return (
    <span className="relationship-line">
      <button type="button" className="link-button" onClick={() => onOpen(other.id)}>
        <KindIcon kind={other.kind} /> {other.name}
      </button>
      {extras.length > 0 && <span className="muted"> — {extras.join('; ')}</span>}
    </span>
  );
}

function Facts({ entity }: { entity: Entity }) {
  const facts: [string, string | undefined | null][] = [];
  if ('institutionType' in entity) facts.push(['Type', entity.institutionType], ['Established', entity.established]);
  if ('established' in entity && !('institutionType' in entity)) facts.push(['Established', entity.established]);
  if ('mandateType' in entity) facts.push(['Type', entity.mandateType], ['Document', entity.document], ['Date', entity.date]);
  if ('pillars' in entity) facts.push(['Pillars', entity.pillars.join(', ')], ['Stages', entity.stages.join(', ')], ['Coercion', entity.coercion.replace(/_/g, '-')]);
  if ('formal' in entity) facts.push(['Formal', entity.formal ? 'yes' : 'no'], ['Confidential', entity.confidential ? 'yes' : 'no'], ['Status', entity.status]);
  if ('region' in entity) facts.push(['Dates', dates(entity.startDate, entity.endDate, null)], ['Region', entity.region]);
  if ('eventDate' in entity) facts.push(['Date', entity.eventDate], ['Outcome', entity.outcome]);
  const shown = facts.filter((fact): fact is [string, string] => !!fact[1]);
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function dates(start: string | null | undefined, end: string | null | undefined, date: string | null | undefined): string | undefined {
  if (date) return date;
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
