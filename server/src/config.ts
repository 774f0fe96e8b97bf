import { z } from 'zod';
import { DEFAULT_API_SETTINGS, type ApiSettings } from './graphql/apiSettings.js';
import type { HttpSettings } from './http/httpSettings.js';

/** Raised when an environment variable has a value we cannot use; names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));
/** "true" or "false"; unset (or empty) leaves the choice to NODE_ENV. */
const optionalSwitch = optionalText.pipe(
  z
    .enum(['true', 'false'], { message: 'must be "true" or "false"' })
    .transform((value) => value === 'true')
    .optional(),
);

const schema = z.object({
  // Unset for a local `npm start`. Only an explicit `development` shows stack traces and
  // unmasked errors; `production` switches GraphiQL and introspection off unless asked for.
  NODE_ENV: optionalText.pipe(z.enum(['development', 'production', 'test']).optional()),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must look like neo4j://host:7687, bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io')
      .optional(),
  ),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: optionalText,
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_CONNECT_TIMEOUT_MS: positiveInt(60_000),
  NEO4J_DATA_DIR: z.string().min(1).default('.neo4j/data'),
  NEO4J_BOLT_PORT: port(0),
  NEO4J_HEAP_MB: positiveInt(768),
  NEO4J_PAGECACHE_MB: positiveInt(128),
  // GraphQL API: transaction timeout of every read, and graphql-armor's limits on a query's shape.
  QUERY_TIMEOUT_MS: positiveInt(DEFAULT_API_SETTINGS.queryTimeoutMs),
  GRAPHQL_MAX_DEPTH: positiveInt(DEFAULT_API_SETTINGS.maxDepth),
  GRAPHQL_MAX_ALIASES: positiveInt(DEFAULT_API_SETTINGS.maxAliases),
  GRAPHQL_MAX_COST: positiveInt(DEFAULT_API_SETTINGS.maxCost),
  GRAPHQL_MAX_TOKENS: positiveInt(DEFAULT_API_SETTINGS.maxTokens),
  GRAPHQL_MAX_DIRECTIVES: positiveInt(DEFAULT_API_SETTINGS.maxDirectives),
  GRAPHQL_MAX_RESULT_ITEMS: positiveInt(DEFAULT_API_SETTINGS.maxResultItems),
  GRAPHQL_INTROSPECTION: optionalSwitch,
  // HTTP: what a browser page may do, how much one request and one client may send.
  GRAPHIQL: optionalSwitch,
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter((origin) => origin.length > 0))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'each origin must look like https://example.org (scheme and host, no path)'))),
  BODY_LIMIT: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^\d+(b|kb|mb)?$/, 'must be a size such as 100kb, 1mb or 20000 (bytes)')
    .default('100kb'),
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(300),
  RATE_LIMIT_WINDOW_MS: positiveInt(60_000),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+)$/, 'must be "true", "false" or the number of proxies in front of the app')
    .default('false')
    .transform((value) => (value === 'true' ? true : value === 'false' ? false : Number(value))),
});

export type Config = z.infer<typeof schema>;

/** Parses the environment once, at start-up; everything inward receives typed values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

/** The GraphQL API's settings out of the parsed configuration. */
export function apiSettings(config: Config): ApiSettings {
  return {
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    development: config.NODE_ENV === 'development',
    introspection: config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production',
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxCost: config.GRAPHQL_MAX_COST,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    maxResultItems: config.GRAPHQL_MAX_RESULT_ITEMS,
  };
}

/** The HTTP layer's settings out of the parsed configuration. */
export function httpSettings(config: Config): HttpSettings {
  return {
    graphiql: config.GRAPHIQL ?? config.NODE_ENV !== 'production',
    corsOrigins: config.CORS_ORIGINS,
    bodyLimit: config.BODY_LIMIT,
    rateLimitMax: config.RATE_LIMIT_MAX,
    rateLimitWindowMs: config.RATE_LIMIT_WINDOW_MS,
    trustProxy: config.TRUST_PROXY,
    cspReportOnly: false,
  };
}
