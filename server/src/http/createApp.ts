import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_API_SETTINGS, type ApiSettings } from '../graphql/apiSettings.js';
import { createArmor } from '../graphql/armor.js';
import { createContext, type Context } from '../graphql/context.js';
import { resolvers, typeDefs } from '../graphql/createSchema.js';
import { createFormatError } from '../graphql/errors.js';
import { graphiqlPage } from './graphiqlPage.js';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Folder of the built client (client/dist); served with a fallback to index.html. */
  clientDir?: string;
  /** Timeouts, limits and error detail; defaults suit tests. */
  api?: Partial<ApiSettings>;
  /** Where masked internal errors are logged. */
  log?: (line: string) => void;
}

export interface App {
  app: Express;
  /** Stops Apollo (drains in-flight operations). */
  stop(): Promise<void>;
}

/** HTTP → GraphQL (/graphql), health probes, and the built client, on one port. */
export async function createApp({ driver, database, clientDir, api, log = console.error }: AppOptions): Promise<App> {
  const settings: ApiSettings = { ...DEFAULT_API_SETTINGS, ...api };
  const armor = createArmor(settings);
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    // Apollo's default landing page loads from a CDN; we serve nothing from other hosts.
    // (graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.)
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<Context>[]), ApolloServerPluginLandingPageDisabled()],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: settings.development,
    formatError: createFormatError({ development: settings.development, log }),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

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

  app.use(
    '/graphql',
    graphiqlPage(clientDir),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createContext(driver, database, settings.queryTimeoutMs) }),
  );

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes (/explore, /channels…) all load the same page.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(join(clientDir, 'index.html'));
    });
  }

  return { app, stop: () => apollo.stop() };
}
