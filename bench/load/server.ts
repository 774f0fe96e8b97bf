/**
 * The app under load, in its own process (so the load generator does not share its event
 * loop or its memory figures): the same createApp as `npm start`, on 127.0.0.1, over the
 * Neo4j at NEO4J_URI. Started by bench/load/run.ts through fork(); answers its messages:
 * `memory` → process.memoryUsage() (after a full GC when `gc` is set), `stop` → closes and exits.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/src/http/createApp.js';
import { connect } from '../../server/src/neo4j/connect.js';

export type ToServer = { type: 'memory'; gc?: boolean } | { type: 'stop' };
export type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'memory'; rss: number; heapUsed: number; heapTotal: number; external: number }
  | { type: 'internal-error'; line: string };

const send = (message: FromServer) => process.send?.(message);

const uri = process.env.NEO4J_URI;
if (!uri || !process.send) throw new Error('bench/load/server.ts is started by bench/load/run.ts');
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const driver = await connect({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD, database, timeoutMs: 60_000, log: () => undefined });
const { app, stop } = await createApp({ driver, database, log: (line) => send({ type: 'internal-error', line: line.slice(0, 500) }) });
const server = createServer(app);
// Loopback only: the load never leaves the machine.
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

process.on('message', (message: ToServer) => {
  if (message.type === 'memory') {
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    send({ type: 'memory', rss, heapUsed, heapTotal, external });
  } else if (message.type === 'stop') {
    server.closeAllConnections();
    server.close();
    void stop()
      .catch(() => undefined)
      .then(() => driver.close())
      .finally(() => process.exit(0));
  }
});
// The parent went away (crash, Ctrl-C): do not outlive it.
process.on('disconnect', () => process.exit(0));

send({ type: 'ready', port: (server.address() as AddressInfo).port });
