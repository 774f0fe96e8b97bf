import type { Context } from '../../graphql/context.js';
import { badUserInput, checkRange } from '../../graphql/errors.js';
import { int } from '../../graphql/read.js';
import type { EntityRow } from '../entity/rows.js';
import { TIMELINE } from './cypher.js';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function checkDate(argumentName: 'from' | 'to', value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (!DATE.test(value)) throw badUserInput(argumentName, `\`${argumentName}\` must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got "${value}".`);
  return value;
}

export const timelineResolvers = {
  Query: {
    async timeline(_parent: unknown, args: { from?: string | null; to?: string | null; first: number }, context: Context) {
      // Bounded: on a large graph an unbounded timeline would be one enormous response.
      const first = checkRange('first', args.first, 1, 2000);
      const from = checkDate('from', args.from);
      const to = checkDate('to', args.to);
      if (from && to) {
        const length = Math.min(from.length, to.length);
        if (from.slice(0, length) > to.slice(0, length)) throw badUserInput('to', `\`to\` (${to}) is before \`from\` (${from}).`);
      }
      const rows = await context.read<{ date: string; entity: EntityRow; kind: string; description: string }>(TIMELINE, { from, to, first: int(first) });
      return rows.map((row) => {
        context.loaders.entity.prime(row.entity.id, row.entity);
        return row;
      });
    },
  },
};
