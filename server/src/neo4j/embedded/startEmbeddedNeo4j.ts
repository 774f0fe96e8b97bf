import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { buildLauncher, MAIN_CLASS, splitLines } from './buildLauncher.js';
import { findJdk, type Jdk } from './findJdk.js';

export interface EmbeddedNeo4jOptions {
  /** Folder for Neo4j's data and logs; created when missing. */
  dataDir: string;
  /** Bolt port; 0 (the default) picks a free one. */
  port?: number;
  password?: string;
  heapMb?: number;
  pageCacheMb?: number;
  /** How long to wait for the ready line before giving up. */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  jdk: Jdk;
  pid: number;
  /** Stops the JVM cleanly (SIGTERM), killing it if it has not exited after the grace period. */
  stop(): Promise<void>;
}

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Starts Neo4j Community 5.26 in a child JVM and resolves once Bolt answers.
 * No JVM outlives this process: on exit we signal every child we started, and the launcher
 * itself exits when its standard input (a pipe from us) closes, which covers crashes and
 * SIGKILL of this process too.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? console.log;
  const jdk = findJdk();
  const { classPath } = await buildLauncher(jdk, log);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const port = options.port || (await freePort());

  const args = [
    `-Xms${Math.min(256, options.heapMb ?? 768)}m`,
    `-Xmx${options.heapMb ?? 768}m`,
    // Small heap, two cores: the serial collector keeps the footprint down.
    '-XX:+UseSerialGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classPath,
    MAIN_CLASS,
    '--home',
    dataDir,
    '--port',
    String(port),
    '--page-cache-mb',
    String(options.pageCacheMb ?? 128),
  ];
  const child = spawn(`${jdk.home}/bin/java`, args, {
    env: { ...process.env, NEO4J_LAUNCHER_PASSWORD: options.password ?? '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  installExitHook();
  child.on('exit', () => running.delete(child));

  const uri = await waitForReady(child, options.startTimeoutMs ?? 180_000, dataDir, port);
  return {
    uri,
    jdk,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, dataDir: string, port: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const output: string[] = [];
    const remember = (line: string) => {
      output.push(line);
      if (output.length > 60) output.shift();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`Neo4j did not start within ${timeoutMs / 1000}s. Last output:\n${output.join('\n')}`));
    }, timeoutMs);
    splitLines(child.stdout, (line) => {
      remember(line);
      const ready = /^NEO4J_READY (\S+)/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolvePromise(ready[1]);
      }
    });
    splitLines(child.stderr, remember);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`Could not start Java: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(explainEarlyExit(output.join('\n'), code, signal, dataDir, port)));
    });
  });
}

/** Turns the usual start-up failures into one sentence saying what to do. */
function explainEarlyExit(output: string, code: number | null, signal: string | null, dataDir: string, port: number): string {
  if (/FileLockException|Lock file has been locked|unable to obtain lock/i.test(output)) {
    return `The Neo4j data folder ${dataDir} is in use by another process (is the app already running?). Stop it, or set NEO4J_DATA_DIR to another folder.`;
  }
  if (/Address already in use|BindException/i.test(output)) {
    return `Port ${port} for Neo4j's Bolt connector is already in use. Set NEO4J_BOLT_PORT to a free port (or leave it unset to pick one).`;
  }
  const last = output.split('\n').filter((line) => line.trim()).slice(-15).join('\n');
  return `Neo4j exited during start-up (${signal ?? `exit code ${code}`}). Last output:\n${last}`;
}

function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort on any exit path (including an uncaught exception): 'exit' handlers cannot
  // wait, so send SIGTERM now; the JVM's shutdown hook closes the store cleanly.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
}

/** Asks the OS for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}
