import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApiSettings } from './apiSettings.js';

/**
 * Static limits checked before a query runs (depth, aliases, cost, tokens, directives), from
 * a maintained library rather than hand-written rules. Page sizes are argument checks in the
 * resolvers instead, because they depend on values, not on the query's shape.
 */
export function createArmor(settings: ApiSettings) {
  return new ApolloArmor({
    maxDepth: { n: settings.maxDepth, exposeLimits: true },
    maxAliases: { n: settings.maxAliases, exposeLimits: true },
    costLimit: { maxCost: settings.maxCost, exposeLimits: true },
    maxTokens: { n: settings.maxTokens, exposeLimits: true },
    maxDirectives: { n: settings.maxDirectives, exposeLimits: true },
    // Field suggestions help people exploring the schema; introspection is public anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
