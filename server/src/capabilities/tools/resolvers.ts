import type { Coercion, Stage } from '../../../../seed/src/model/vocabulary.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, checkRange } from '../../graphql/errors.js';
import { int } from '../../graphql/read.js';
import type { EntityRow } from '../entity/rows.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { TOOLS_PAGE } from './cypher.js';

interface ToolFilter {
  pillar?: number | null;
  stage?: Stage | null;
  coercion?: Coercion | null;
  usableBy?: string | null;
  text?: string | null;
}

export const toolsResolvers = {
  Query: {
    async tools(_parent: unknown, args: { filter?: ToolFilter | null; first: number; after?: string | null }, context: Context) {
      const first = checkRange('first', args.first, 1, 100);
      const filter = args.filter ?? {};
      if (filter.pillar != null && ![1, 2, 3].includes(filter.pillar)) {
        throw badUserInput('filter', `\`filter.pillar\` must be 1, 2 or 3; got ${filter.pillar}.`, 'filter.pillar');
      }
      const after = args.after ? decodeCursor(args.after) : null;
      const text = filter.text?.trim().toLowerCase() || null;
      const [row] = await context.read<{ totalCount: number; page: EntityRow[] }>(TOOLS_PAGE, {
        pillar: filter.pillar == null ? null : int(filter.pillar),
        stage: filter.stage ?? null,
        coercion: filter.coercion ?? null,
        usableBy: filter.usableBy ?? null,
        text,
        afterName: after?.name ?? null,
        afterId: after?.id ?? null,
        take: int(first + 1),
      });
      const page = row?.page ?? [];
      const edges = page.slice(0, first).map((tool) => {
        context.loaders.entity.prime(tool.id, tool);
        return { cursor: encodeCursor(tool.name, tool.id), node: tool };
      });
      return {
        edges,
        pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount: row?.totalCount ?? 0,
      };
    },
  },
};
