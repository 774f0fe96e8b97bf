import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const RESULT_TOO_LARGE = 'RESULT_TOO_LARGE';

/**
 * A per-request budget of list items resolved, checked while the query runs. The static
 * limits (depth, aliases, cost) cannot know how long a list is: three nested `relationships`
 * under a few aliases stay far below the cost limit, yet fan out over hub nodes into millions
 * of objects and exhaust memory. Past the budget every further field fails fast, and the
 * response carries one RESULT_TOO_LARGE error instead of one per field.
 */
export function resultBudgetPlugin<TContext extends object>(maxItems: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let items = 0;
      // One error, thrown by every field past the budget: a fan-out may have hundreds of
      // thousands of fields pending, and an Error each (with its stack) would cost seconds.
      // Having a path, graphql-js passes it on as it is instead of wrapping it again.
      const tooLarge = new GraphQLError(`The result is too large: more than ${maxItems} list items. Ask for fewer nested lists, fewer aliases, or a smaller limit.`, {
        extensions: { code: RESULT_TOO_LARGE },
        path: [],
      });
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (items > maxItems) throw tooLarge;
              return (_error, result) => {
                if (Array.isArray(result)) items += result.length;
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (items <= maxItems || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const first = errors.find((error) => error.extensions?.code === RESULT_TOO_LARGE);
          const others = errors.filter((error) => error.extensions?.code !== RESULT_TOO_LARGE);
          response.body.singleResult.errors = [...(first ? [{ message: first.message, extensions: first.extensions }] : []), ...others];
          // Partial data of an oversized result is neither complete nor small: leave it out.
          response.body.singleResult.data = null;
        },
      };
    },
  };
}
