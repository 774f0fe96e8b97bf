import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApiSettings } from './apiSettings.js';

/**
 * Static limits checked before a query runs (depth, aliases, cost, directives), from a
 * maintained library rather than hand-written rules. Page sizes are argument checks in the
 * resolvers instead, because they depend on values, not on the query's shape.
 *
 * The token limit is graphql-js's own parser option instead (see `parseOptions`): armor's
 * Apollo plugin for it parses inside a plugin hook, where Apollo turns every syntax error
 * into a 500 response.
 */
export function createArmor(settings: ApiSettings) {
  return new ApolloArmor({
    maxDepth: { n: settings.maxDepth, exposeLimits: true },
    // No exceptions: armor lets `__typename` be aliased without limit by default.
    maxAliases: { n: settings.maxAliases, exposeLimits: true, allowList: [] },
    costLimit: { maxCost: settings.maxCost, exposeLimits: true },
    maxTokens: { enabled: false },
    maxDirectives: { n: settings.maxDirectives, exposeLimits: true },
    // Field suggestions help people exploring the schema; introspection is public anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Options of graphql-js's parser: a document of more than `maxTokens` tokens is not parsed. */
export function parseOptions(settings: ApiSettings) {
  return { maxTokens: settings.maxTokens };
}
