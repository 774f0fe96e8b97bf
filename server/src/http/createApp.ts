import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Context } from '../graphql/context.js';
import { resolvers, typeDefs } from '../graphql/createSchema.js';

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Folder of the built client (client/dist); served with a fallback to index.html. */
  clientDir?: string;
}

export interface App {
  app: Express;
  /** Stops Apollo (drains in-flight operations). */
  stop(): Promise<void>;
}

/** HTTP → GraphQL (/graphql), health probes, and the built client, on one port. */
export async function createApp({ driver, database, clientDir }: AppOptions): Promise<App> {
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    // Apollo's default landing page loads from a CDN; we serve nothing from other hosts.
    plugins: [ApolloServerPluginLandingPageDisabled()],
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
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => ({ driver, database }) }),
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
