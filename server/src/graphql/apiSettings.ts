/**
 * Settings of the GraphQL API, parsed from the environment in config.ts. Defaults here let
 * tests and tools build the app without a full configuration.
 */
export interface ApiSettings {
  /** Transaction timeout of every read (QUERY_TIMEOUT_MS). */
  queryTimeoutMs: number;
  /** Stack traces and unmasked errors in responses: only when NODE_ENV=development. */
  development: boolean;
  /** Whether the schema answers introspection (GRAPHQL_INTROSPECTION; off in production by default). */
  introspection: boolean;
  /** graphql-armor limits (GRAPHQL_MAX_*). */
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  /** List items one response may resolve, counted while it runs (GRAPHQL_MAX_RESULT_ITEMS). */
  maxResultItems: number;
}

export const DEFAULT_API_SETTINGS: ApiSettings = {
  queryTimeoutMs: 10_000,
  development: false,
  introspection: true,
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 20_000,
  maxTokens: 2_000,
  maxDirectives: 50,
  maxResultItems: 20_000,
};
