import { joins, type Kind } from '../model/vocabulary.js';
import type { Dataset, DatasetError, Origin } from './types.js';

/**
 * Checks what the per-item schema cannot: unique ids and source keys, relationships that
 * point at entities that exist and join kinds their type allows, citations naming
 * registered sources, and required relationship properties.
 */
export function validateDataset(dataset: Dataset): DatasetError[] {
  const errors: DatasetError[] = [];
  const at = (origin: Origin, message: string) => errors.push({ ...origin, message });

  const sourceKeys = new Set<string>();
  dataset.sources.forEach((source, index) => {
    if (sourceKeys.has(source.key)) errors.push({ file: 'sources.yaml', path: `sources[${index}].key`, message: `duplicate source key "${source.key}"` });
    sourceKeys.add(source.key);
  });

  const kinds = new Map<string, Kind>();
  const firstSeen = new Map<string, Origin>();
  for (const entity of dataset.entities) {
    const previous = firstSeen.get(entity.id);
    if (previous) {
      at(entity.origin, `duplicate id "${entity.id}" (first defined in ${previous.file}${previous.line ? `:${previous.line}` : ''})`);
      continue;
    }
    firstSeen.set(entity.id, entity.origin);
    kinds.set(entity.id, entity.kind);
  }

  for (const { id, kind } of dataset.unparsed ?? []) if (!kinds.has(id)) kinds.set(id, kind);

  const relationshipIds = new Map<string, Origin>();
  for (const relationship of dataset.relationships) {
    const { origin } = relationship;
    const previous = relationshipIds.get(relationship.id);
    if (previous) {
      at(
        origin,
        `duplicate relationship ${relationship.type} from "${relationship.from}" to "${relationship.to}" (first in ${previous.file}${previous.line ? `:${previous.line}` : ''}); merge them or give each a distinct "key"`,
      );
    } else relationshipIds.set(relationship.id, origin);

    const fromKind = kinds.get(relationship.from);
    const toKind = kinds.get(relationship.to);
    if (!fromKind) at({ ...origin, path: `${origin.path}.from` }, `unknown id "${relationship.from}"`);
    if (!toKind) at({ ...origin, path: `${origin.path}.to` }, `unknown id "${relationship.to}"`);
    if (relationship.from === relationship.to) at(origin, `relationship from "${relationship.from}" to itself`);
    if (fromKind && toKind && !joins(relationship.type, fromKind, toKind)) {
      at({ ...origin, path: `${origin.path}.type` }, `${relationship.type} cannot join a ${fromKind} ("${relationship.from}") to a ${toKind} ("${relationship.to}")`);
    }
    if (relationship.type === 'REQUIRES' && relationship.properties.requirement === undefined) {
      at(origin, 'REQUIRES needs a "requirement" (decision, consent, funding, cooperation, request or information)');
    }
  }

  const items = [...dataset.entities, ...dataset.relationships];
  for (const item of items) {
    item.citations.forEach((citation, index) => {
      if (!sourceKeys.has(citation.source)) {
        at({ ...item.origin, path: `${item.origin.path}.citations[${index}].source` }, `unknown source key "${citation.source}" (register it in sources.yaml)`);
      }
    });
  }
  return errors;
}
