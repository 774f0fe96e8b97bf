import type { Kind, RelationshipType } from '../../../../seed/src/model/vocabulary.js';

/** An entity as stored: the node's properties (see seed/src/load/loadDataset.ts). */
export interface EntityRow {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  description: string;
  citationSources: string[];
  citationQuotes: string[];
  [property: string]: unknown;
}

/** A relationship as stored, with the ids of its ends. */
export interface RelationshipRow {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  citationSources: string[];
  citationQuotes: string[];
  conditions?: string | null;
  requirement?: string | null;
  what?: string | null;
  how?: string | null;
  role?: string | null;
  outcome?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  date?: string | null;
}

export interface SourceRow {
  key: string;
  title: string;
  publisher: string;
  date: string;
  url: string | null;
}

/** A citation before its source is looked up. */
export interface CitationRow {
  sourceKey: string;
  quote: string;
}

/** Anything that carries the parallel citation lists of the data. */
export interface Cited {
  citationSources?: unknown;
  citationQuotes?: unknown;
}

export function citationsOf(item: Cited): CitationRow[] {
  const sources = Array.isArray(item.citationSources) ? (item.citationSources as string[]) : [];
  const quotes = Array.isArray(item.citationQuotes) ? (item.citationQuotes as string[]) : [];
  return sources.map((sourceKey, index) => ({ sourceKey, quote: quotes[index] ?? '' }));
}

/** Builds a RelationshipRow from a relationship's stored properties. */
export function relationshipRow(type: RelationshipType, fromId: string, toId: string, props: Record<string, unknown>): RelationshipRow {
  return { ...(props as Partial<RelationshipRow>), id: String(props.id), type, fromId, toId } as RelationshipRow;
}
