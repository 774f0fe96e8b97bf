/**
 * Settings of the HTTP layer in front of the GraphQL API, parsed from the environment in
 * config.ts. The defaults suit tests and tools that build the app directly: GraphiQL on, no
 * cross-origin callers, no rate limit (a test or a benchmark sends everything from one
 * address), and the content security policy reported rather than enforced (browser tests
 * evaluate script strings in the page, which the policy forbids; `npm start` enforces it).
 */
export interface HttpSettings {
  /** GET /graphql from a browser and /graphiql.html serve the bundled GraphiQL (GRAPHIQL). */
  graphiql: boolean;
  /** Origins allowed to call /graphql from a browser (CORS_ORIGINS); empty: same-origin only. */
  corsOrigins: string[];
  /** Largest request body, in body-parser's notation such as `100kb` (BODY_LIMIT). */
  bodyLimit: string;
  /** Requests one client may send per window (RATE_LIMIT_MAX); 0 switches the limit off. */
  rateLimitMax: number;
  /** Length of the rate-limit window in milliseconds (RATE_LIMIT_WINDOW_MS). */
  rateLimitWindowMs: number;
  /** Express's `trust proxy` (TRUST_PROXY): how many proxies' X-Forwarded-For to believe. */
  trustProxy: boolean | number;
  /** Send the content security policy as Content-Security-Policy-Report-Only. */
  cspReportOnly: boolean;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  graphiql: true,
  corsOrigins: [],
  bodyLimit: '100kb',
  rateLimitMax: 0,
  rateLimitWindowMs: 60_000,
  trustProxy: false,
  cspReportOnly: true,
};
