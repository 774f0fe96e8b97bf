import type { Context } from '../../graphql/context.js';
import type { EntityRow } from '../entity/rows.js';
import { SITUATIONS } from './cypher.js';

export const situationsResolvers = {
  Query: {
    async situations(_parent: unknown, _args: unknown, context: Context) {
      const rows = await context.read<{ situation: EntityRow }>(SITUATIONS);
      return rows.map(({ situation }) => {
        context.loaders.entity.prime(situation.id, situation);
        return situation;
      });
    },
  },
};
