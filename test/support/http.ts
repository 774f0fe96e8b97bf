import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import { createApp, type AppOptions } from '../../server/src/http/createApp.js';

export interface TestServer {
  url: string;
  /** POSTs a GraphQL operation and returns the parsed JSON body and the status. */
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: { data?: T; errors?: GraphQLErrorBody[] } }>;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Serves the app (the same createApp as `npm start`) on a free loopback port for a test file. */
export async function startTestServer(options: AppOptions): Promise<TestServer> {
  const { app, stop } = await createApp(options);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await stop();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async graphql(query, variables = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
  };
}
