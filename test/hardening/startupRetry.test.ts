/**
 * The app is started before its database (as happens with `docker compose up`, a reboot or a
 * cluster scheduling pods in any order). Start-up must wait for the database, saying so, with
 * back-off between attempts, and then come up by itself: no crash loop, no manual restart.
 * SIGTERM then stops it cleanly, leaving nothing behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/embedded/startEmbeddedNeo4j.js';
import { isAlive } from '../support/processes.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ape-startup-retry-neo4j-'));
let neo4j: EmbeddedNeo4j | undefined;
let app: ChildProcess | undefined;

afterAll(async () => {
  if (app && app.exitCode === null && app.signalCode === null) app.kill('SIGKILL');
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Pids of the processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Resolves once `condition` holds on the output collected so far; bounded by `timeoutMs`. */
async function waitFor(condition: () => boolean, timeoutMs: number, what: string, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}. Output so far:\n${output()}`);
    if (app?.exitCode != null) throw new Error(`The app exited (${app.exitCode}) while waiting for ${what}. Output:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('start-up before the database is up', () => {
  it('waits for Neo4j with back-off, becomes ready once it is up, and stops cleanly on SIGTERM', async () => {
    const boltPort = await freePort();
    const httpPort = await freePort();
    const uri = `bolt://127.0.0.1:${boltPort}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, NODE_ENV: 'test', NEO4J_URI: uri, PORT: String(httpPort), HOST: '127.0.0.1', NEO4J_CONNECT_TIMEOUT_MS: '150000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    app = child;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const waits = () => output.match(/Waiting for Neo4j at \S+ \(attempt \d+: [^)]*\); retrying in \d+ ms/g) ?? [];

    // Nothing listens on the Bolt port yet: the app says it is waiting, and keeps trying.
    await waitFor(() => waits().length >= 2, 30_000, 'two "Waiting for Neo4j" lines', () => output);
    expect(output).toContain(`Waiting for Neo4j at ${uri} (attempt 1:`);

    // The database comes up a few seconds later, on the port the app is trying.
    neo4j = await startEmbeddedNeo4j({ dataDir, port: boltPort, heapMb: 512, pageCacheMb: 64, log: () => undefined });
    // The app connects on its own, loads the (empty) database and serves.
    await waitFor(() => output.includes('Ready:'), 150_000, '"Ready:"', () => output);
    expect(output).toContain(`Ready: http://127.0.0.1:${httpPort}/`);
    const ready = await fetch(`http://127.0.0.1:${httpPort}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    // Back-off: the delay between attempts grows, up to its cap.
    const delays = waits().map((line) => Number(/retrying in (\d+) ms/.exec(line)![1]));
    expect(delays.length).toBeGreaterThanOrEqual(2);
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    for (let i = 1; i < delays.length; i += 1) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace along the way

    // SIGTERM: exit 0, the HTTP port closed, no process of the app left behind.
    const children = childrenOf(child.pid!);
    child.kill('SIGTERM');
    const { code } = await exited;
    expect(code).toBe(0);
    expect(output).toContain('SIGTERM: shutting down');
    expect(output).toContain('Stopped.');
    expect(isAlive(child.pid!)).toBe(false);
    // Its helpers (tsx's esbuild service) end when their pipe from the app closes.
    const deadline = Date.now() + 15_000;
    while (children.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(children.filter(isAlive)).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${httpPort}/healthz`)).rejects.toThrow();
  }, 240_000);
});
