import { RELATIONSHIP_TYPES, type Kind, type RelationshipType } from '../../../../seed/src/model/vocabulary.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, checkRange } from '../../graphql/errors.js';
import { int } from '../../graphql/read.js';
import { MAX_DEPTH, NEIGHBORHOOD } from './cypher.js';

const MAX_IDS = 100;
const SHORT_LABEL = 12;

/** Short display for a node: an acronym reads better on a canvas than a long name. */
export function displayLabel(name: string, aliases: readonly string[] | null | undefined): string {
  const first = aliases?.[0];
  return first && first.length <= SHORT_LABEL ? first : name;
}

interface Row {
  missing: string[];
  truncated: boolean;
  nodes: { id: string; kind: Kind; name: string; aliases: string[] | null }[];
  edges: { id: string; type: RelationshipType; source: string; target: string }[];
}

export const neighborhoodResolvers = {
  Query: {
    async neighborhood(
      _parent: unknown,
      args: { ids: string[]; depth: number; kinds?: Kind[] | null; limit: number },
      context: Context,
    ) {
      if (args.ids.length === 0) throw badUserInput('ids', '`ids` is empty; give at least one entity id.');
      if (args.ids.length > MAX_IDS) throw badUserInput('ids', `\`ids\` holds ${args.ids.length} ids; at most ${MAX_IDS} are allowed.`);
      const depth = checkRange('depth', args.depth, 1, MAX_DEPTH);
      const limit = checkRange('limit', args.limit, 1, 1000);
      const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
      const [row] = await context.read<Row>(NEIGHBORHOOD[depth]!, { ids: args.ids, kinds, limit: int(limit) });
      if (!row) throw new Error('neighborhood query returned no row');
      if (row.missing.length > 0) {
        throw badUserInput('ids', `No entity has the id ${row.missing.map((id) => `"${id}"`).join(', ')}.`);
      }
      return {
        truncated: row.truncated,
        nodes: row.nodes.map((node) => ({ ...node, label: displayLabel(node.name, node.aliases) })),
        edges: row.edges.map((edge) => ({ ...edge, label: RELATIONSHIP_TYPES[edge.type].label })),
      };
    },
  },
};
