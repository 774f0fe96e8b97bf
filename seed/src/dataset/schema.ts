import { z } from 'zod';
import {
  CHANNEL_STATUSES,
  COERCION_LEVELS,
  INSTITUTION_TYPES,
  MANDATE_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  REQUIREMENTS,
  STAGES,
} from '../model/vocabulary.js';

/**
 * The shape of the YAML files, checked field by field. Objects are strict: a misspelt field
 * is an error rather than silently dropped data.
 */

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, 'must be a lowercase slug such as un-security-council');
/** YYYY, YYYY-MM or YYYY-MM-DD. */
const date = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'));
const text = z.string().trim().min(1, 'must not be empty');

export const citationSchema = z.strictObject({
  source: z.string().min(1, 'must name a source key from seed/sources.yaml'),
  quote: z.string().trim().min(8, 'must quote at least a few words of the source').max(600, 'keep quotes under 600 characters'),
});
const citations = z.array(citationSchema).min(1, 'needs at least one citation');

const common = {
  id,
  name: text,
  aliases: z.array(text).default([]),
  description: text,
  citations,
};

export const entitySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('Institution'), ...common, type: z.enum(INSTITUTION_TYPES), established: date.optional() }),
  z.strictObject({ kind: z.literal('Role'), ...common, established: date.optional() }),
  z.strictObject({ kind: z.literal('Person'), ...common }),
  z.strictObject({ kind: z.literal('State'), ...common }),
  z.strictObject({
    kind: z.literal('Mandate'),
    ...common,
    mandateType: z.enum(MANDATE_TYPES),
    document: text.optional(),
    date: date.optional(),
  }),
  z.strictObject({
    kind: z.literal('PolicyTool'),
    ...common,
    pillars: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).min(1),
    stages: z.array(z.enum(STAGES)).min(1),
    coercion: z.enum(COERCION_LEVELS),
  }),
  z.strictObject({
    kind: z.literal('Channel'),
    ...common,
    formal: z.boolean(),
    confidential: z.boolean(),
    status: z.enum(CHANNEL_STATUSES),
  }),
  z.strictObject({ kind: z.literal('Crime'), ...common }),
  z.strictObject({
    kind: z.literal('Situation'),
    ...common,
    startDate: date.optional(),
    endDate: date.optional(),
    region: text.optional(),
  }),
  z.strictObject({ kind: z.literal('Event'), ...common, date, outcome: text.optional() }),
  z.strictObject({ kind: z.literal('RiskFactor'), ...common }),
]);
export type EntityInput = z.infer<typeof entitySchema>;

export const relationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPE_NAMES as [string, ...string[]]),
  from: id,
  to: id,
  key: id.optional(),
  conditions: text.optional(),
  requirement: z.enum(REQUIREMENTS).optional(),
  what: text.optional(),
  how: text.optional(),
  role: text.optional(),
  outcome: text.optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  date: date.optional(),
  citations,
});
export type RelationshipInput = z.infer<typeof relationshipSchema>;

export const dataFileSchema = z.strictObject({
  entities: z.array(z.unknown()).default([]),
  relationships: z.array(z.unknown()).default([]),
});

export const sourceSchema = z.strictObject({
  key: id,
  title: text,
  publisher: text,
  date: date,
  url: z.url().optional(),
  /** File name of the source's text in a sources folder; quotes citing it can be verified. */
  file: text.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({ sources: z.array(z.unknown()).min(1) });
