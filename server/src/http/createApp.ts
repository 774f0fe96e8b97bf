import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_API_SETTINGS, type ApiSettings } from '../graphql/apiSettings.js';
import { createArmor, parseOptions } from '../graphql/armor.js';
import { createContext, type Context } from '../graphql/context.js';
import { resolvers, typeDefs } from '../graphql/createSchema.js';
import { createFormatError } from '../graphql/errors.js';
import { resultBudgetPlugin } from '../graphql/resultBudget.js';
import { graphiqlPage } from './graphiqlPage.js';
import { httpErrorHandler, sendError } from './httpErrors.js';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from './httpSettings.js';
import { perClientRateLimit } from './rateLimit.js';
import { securityHeaders } from './securityHeaders.js';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Folder of the built client (client/dist); served with a fallback to index.html. */
  clientDir?: string;
  /** Timeouts, limits and error detail; defaults suit tests. */
  api?: Partial<ApiSettings>;
  /** GraphiQL, CORS, body and rate limits; defaults suit tests. */
  http?: Partial<HttpSettings>;
  /** Where masked internal errors are logged. */
  log?: (line: string) => void;
}

export interface App {
  app: Express;
  /** Stops Apollo (drains in-flight operations). */
  stop(): Promise<void>;
}

/** HTTP → GraphQL (/graphql), health probes, and the built client, on one port. */
export async function createApp({ driver, database, clientDir, api, http, log = console.error }: AppOptions): Promise<App> {
  const settings: ApiSettings = { ...DEFAULT_API_SETTINGS, ...api };
  const web: HttpSettings = { ...DEFAULT_HTTP_SETTINGS, ...http };
  const armor = createArmor(settings);
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    // Apollo's default landing page loads from a CDN; we serve nothing from other hosts.
    // (graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.)
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<Context>[]), resultBudgetPlugin<Context>(settings.maxResultItems), ApolloServerPluginLandingPageDisabled()],
    validationRules: armor.validationRules,
    parseOptions: parseOptions(settings),
    introspection: settings.introspection,
    // An array body would multiply every limit by its length: refused with 400.
    allowBatchedHttpRequests: false,
    // Refuses requests a browser sends cross-site without a preflight (forms, plain GETs).
    csrfPrevention: true,
    includeStacktraceInErrorResponses: settings.development,
    formatError: createFormatError({ development: settings.development, log }),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', web.trustProxy);
  app.use(securityHeaders({ reportOnly: web.cspReportOnly }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await driver.verifyConnectivity({ database });
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.use(perClientRateLimit({ max: web.rateLimitMax, windowMs: web.rateLimitWindowMs }));

  app.use(
    '/graphql',
    // No list: no CORS headers at all, so browsers allow only pages of our own origin.
    cors({ origin: web.corsOrigins.length > 0 ? web.corsOrigins : false }),
    graphiqlPage(clientDir, web.graphiql),
    express.json({ limit: web.bodyLimit }),
    // A body of another type is left unparsed; Apollo then refuses it (CSRF, or "POST body missing").
    (req, _res, next) => {
      req.body ??= undefined;
      next();
    },
    expressMiddleware(apollo, { context: async () => createContext(driver, database, settings.queryTimeoutMs) }),
  );

  if (!web.graphiql) {
    app.get('/graphiql.html', (_req, res) => sendError(res, 404, 'NOT_FOUND', 'GraphiQL is switched off on this server (GRAPHIQL=true serves it).'));
  }
  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/explore, /channels…) all load the same page.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(join(clientDir, 'index.html'));
    });
  }

  app.use(httpErrorHandler({ bodyLimit: web.bodyLimit, log }));

  return { app, stop: () => apollo.stop() };
}
