import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const client = join(root, 'client');

/** Newest modification time among the client's sources and build settings. */
function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

/**
 * The browser tests load the BUILT client (client/dist), as `npm start` serves it; build it
 * once here when it is missing or older than its sources, so a plain `npm test` is enough.
 */
export default function setup(): void {
  const built = join(client, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'graphiql.html', 'vite.config.ts', 'package.json'].map((name) => join(client, name)).filter(existsSync);
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestSource))) return;
  console.log('[client] building client/dist for the browser tests…');
  // NODE_ENV=production: under vitest it is "test", which would bundle React's development build.
  execFileSync('npm', ['run', 'build', '--workspace', 'client'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
}
