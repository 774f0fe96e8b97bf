import type { Context } from '../../graphql/context.js';
import { badUserInput, checkRange } from '../../graphql/errors.js';
import { int } from '../../graphql/read.js';
import { citationsOf, type EntityRow } from '../entity/rows.js';
import { MAX_HOPS, ROUTES } from './cypher.js';

type Props = Record<string, unknown>;

interface Row {
  fromFound: boolean;
  toFound: boolean;
  unknownAvoid: string[];
  routes: { from: EntityRow; channel: EntityRow; to: EntityRow; sends: Props; reaches: Props }[][];
}

export const channelsResolvers = {
  Query: {
    async channels(
      _parent: unknown,
      args: { from: string; to: string; avoid?: string[] | null; max: number; maxHops: number },
      context: Context,
    ) {
      const max = checkRange('max', args.max, 1, 20);
      const maxHops = checkRange('maxHops', args.maxHops, 1, MAX_HOPS);
      const avoid = args.avoid ?? [];
      if (args.from === args.to) throw badUserInput('to', '`to` is the same as `from`; choose two different actors.');
      for (const name of ['from', 'to'] as const) {
        if (avoid.includes(args[name])) throw badUserInput('avoid', `\`avoid\` contains "${args[name]}", the \`${name}\` of the route itself.`);
      }
      const [row] = await context.read<Row>(ROUTES[maxHops]!, { from: args.from, to: args.to, avoid, max: int(max) });
      if (!row) throw new Error('channels query returned no row');
      if (!row.fromFound) throw badUserInput('from', `No entity has the id "${args.from}".`);
      if (!row.toFound) throw badUserInput('to', `No entity has the id "${args.to}".`);
      if (row.unknownAvoid.length > 0) {
        throw badUserInput('avoid', `No entity has the id ${row.unknownAvoid.map((id) => `"${id}"`).join(', ')}.`);
      }
      return row.routes.map((steps) => ({
        hops: steps.length,
        steps: steps.map((step) => {
          for (const entity of [step.from, step.channel, step.to]) context.loaders.entity.prime(entity.id, entity);
          return {
            from: step.from,
            channel: step.channel,
            to: step.to,
            formal: Boolean(step.channel.formal),
            confidential: Boolean(step.channel.confidential),
            citations: [...citationsOf(step.sends), ...citationsOf(step.reaches)],
          };
        }),
      }));
    },
  },
};
