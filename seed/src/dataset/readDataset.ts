import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { KINDS, type Kind } from '../model/vocabulary.js';
import {
  dataFileSchema,
  entitySchema,
  relationshipSchema,
  sourceSchema,
  sourcesFileSchema,
  type Source,
} from './schema.js';
import { relationshipId, type Dataset, type DatasetError, type Entity, type Relationship } from './types.js';

/** The default dataset: seed/sources.yaml and seed/data/*.yaml of this checkout. */
export const DEFAULT_DATASET_DIR = findSeedDir();

/** Walks up from this file (seed/src/ under tsx, server/dist/seed/src/ after a build). */
function findSeedDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'seed', 'sources.yaml'))) return join(dir, 'seed');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

const COMMON_ENTITY_FIELDS = new Set(['id', 'kind', 'name', 'aliases', 'description', 'citations']);
const RELATIONSHIP_FIELDS = new Set(['type', 'from', 'to', 'key', 'citations']);

interface Parsed {
  doc: Document;
  lines: LineCounter;
  file: string;
}

/**
 * Reads a dataset folder (`sources.yaml` and `data/*.yaml`) and checks every item against the
 * schema. Items that fail are reported and left out; cross-item checks (ids, references,
 * kinds) are done by validateDataset.
 */
export function readDataset(dir: string = DEFAULT_DATASET_DIR): { dataset: Dataset; errors: DatasetError[] } {
  const errors: DatasetError[] = [];
  const dataset: Dataset = { sources: [], entities: [], relationships: [] };

  const sourcesFile = parseFile(dir, 'sources.yaml', errors);
  if (sourcesFile) {
    const top = sourcesFileSchema.safeParse(sourcesFile.doc.toJS());
    if (!top.success) report(errors, sourcesFile, [], top.error);
    else
      top.data.sources.forEach((raw, index) => {
        const parsed = sourceSchema.safeParse(raw);
        if (parsed.success) dataset.sources.push(parsed.data as Source);
        else report(errors, sourcesFile, ['sources', index], parsed.error);
      });
  }

  const dataDir = join(dir, 'data');
  const files = existsSync(dataDir) ? readdirSync(dataDir).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
  if (files.length === 0) errors.push({ file: 'data/', path: '', message: 'no data files (*.yaml) found' });
  for (const name of files) {
    const parsed = parseFile(dir, join('data', name), errors);
    if (!parsed) continue;
    const top = dataFileSchema.safeParse(parsed.doc.toJS() ?? {});
    if (!top.success) {
      report(errors, parsed, [], top.error);
      continue;
    }
    top.data.entities.forEach((raw, index) => {
      const result = entitySchema.safeParse(raw);
      if (!result.success) {
        // Keep its id and kind so relationships to it are not reported as dangling too.
        const { id, kind } = (raw ?? {}) as { id?: unknown; kind?: unknown };
        if (typeof id === 'string' && (KINDS as readonly unknown[]).includes(kind)) {
          dataset.unparsed = [...(dataset.unparsed ?? []), { id, kind: kind as Kind }];
        }
        return report(errors, parsed, ['entities', index], result.error);
      }
      const { id, kind, name: entityName, aliases, description, citations, ...rest } = result.data;
      const properties: Entity['properties'] = {};
      for (const [key, value] of Object.entries(rest)) {
        if (value !== undefined && !COMMON_ENTITY_FIELDS.has(key)) properties[key] = value as Entity['properties'][string];
      }
      dataset.entities.push({
        id,
        kind,
        name: entityName,
        aliases,
        description,
        citations,
        properties,
        origin: origin(parsed, ['entities', index]),
      });
    });
    top.data.relationships.forEach((raw, index) => {
      const result = relationshipSchema.safeParse(raw);
      if (!result.success) return report(errors, parsed, ['relationships', index], result.error);
      const { type, from, to, key, citations, ...rest } = result.data;
      const properties: Relationship['properties'] = {};
      for (const [prop, value] of Object.entries(rest)) {
        if (value !== undefined && !RELATIONSHIP_FIELDS.has(prop)) properties[prop] = value as string;
      }
      dataset.relationships.push({
        id: relationshipId(type, from, to, key),
        type: type as Relationship['type'],
        from,
        to,
        properties,
        citations,
        origin: origin(parsed, ['relationships', index]),
      });
    });
  }
  return { dataset, errors };
}

function parseFile(dir: string, file: string, errors: DatasetError[]): Parsed | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) {
    errors.push({ file, path: '', message: 'file not found' });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.pos ? lines.linePos(error.pos[0]).line : undefined;
      errors.push({ file, path: '', ...(line ? { line } : {}), message: `YAML syntax: ${error.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return { doc, lines, file };
}

function report(errors: DatasetError[], parsed: Parsed, base: (string | number)[], error: z.ZodError): void {
  for (const issue of error.issues) {
    const path = [...base, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
    const where = origin(parsed, path);
    errors.push({ ...where, message: issue.message });
  }
}

/** Formats a path like `entities[3].citations[0].quote` and finds its line in the file. */
function origin(parsed: Parsed, path: (string | number)[]): Entity['origin'] {
  const text = path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`)).join('');
  const line = lineOf(parsed, path);
  return { file: parsed.file, path: text, ...(line ? { line } : {}) };
}

function lineOf(parsed: Parsed, path: (string | number)[]): number | undefined {
  // Walk down as far as the path exists, so a missing field points at its parent.
  let node: unknown = parsed.doc.contents;
  let offset: number | undefined = (node as { range?: [number] } | null)?.range?.[0];
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      if (!pair) break;
      offset = (pair.key as { range?: [number] } | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      offset = (node as { range?: [number] } | null)?.range?.[0] ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : parsed.lines.linePos(offset).line;
}
