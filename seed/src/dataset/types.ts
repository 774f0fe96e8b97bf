import type { Kind, RelationshipType } from '../model/vocabulary.js';
import type { Source } from './schema.js';

export type { Source };

/** Where an item was written: file (relative to the dataset folder), YAML path and line. */
export interface Origin {
  file: string;
  path: string;
  line?: number;
}

export interface Citation {
  source: string;
  quote: string;
}

export type PropertyValue = string | number | boolean | string[] | number[];

export interface Entity {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  description: string;
  citations: Citation[];
  /** Kind-specific fields (type, pillars, stages, coercion, date…). */
  properties: Record<string, PropertyValue>;
  origin: Origin;
}

export interface Relationship {
  /** Stable id derived from type, endpoints and optional key. */
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
  citations: Citation[];
  origin: Origin;
}

export interface Dataset {
  sources: Source[];
  entities: Entity[];
  relationships: Relationship[];
  /** Entities that failed the schema (already reported), kept so references to them resolve. */
  unparsed?: { id: string; kind: Kind }[];
}

/** One problem found in the dataset, located precisely enough to fix it. */
export interface DatasetError {
  file: string;
  path: string;
  line?: number;
  message: string;
}

export function relationshipId(type: string, from: string, to: string, key?: string): string {
  return `${from}--${type}--${to}${key ? `--${key}` : ''}`;
}

export function formatError(error: DatasetError): string {
  const where = `${error.file}${error.line ? `:${error.line}` : ''}`;
  return `${where} ${error.path ? `${error.path}: ` : ''}${error.message}`;
}
