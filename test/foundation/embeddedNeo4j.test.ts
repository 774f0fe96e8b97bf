import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../server/src/neo4j/connect.js';
import { startEmbeddedNeo4j } from '../../server/src/neo4j/embedded/startEmbeddedNeo4j.js';
import { isAlive } from '../support/processes.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ape-embedded-'));
  dirs.push(dir);
  return dir;
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return condition();
}

describe('embedded Neo4j', () => {
  it('keeps its data across a stop and a second start', async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedNeo4j({ dataDir, log: () => undefined });
    let driver = await connect({ uri: first.uri, user: 'neo4j', database: 'neo4j', timeoutMs: 30_000 });
    await driver.executeQuery("CREATE (:Marker {note: 'kept'})", {}, { database: 'neo4j' });
    await driver.close();
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await startEmbeddedNeo4j({ dataDir, log: () => undefined });
    driver = await connect({ uri: second.uri, user: 'neo4j', database: 'neo4j', timeoutMs: 30_000 });
    const { records } = await driver.executeQuery('MATCH (m:Marker) RETURN m.note AS note', {}, { database: 'neo4j' });
    await driver.close();
    await second.stop();
    expect(records.map((record) => record.get('note'))).toEqual(['kept']);
  });

  it('requires the password when one is set', async () => {
    const neo4j = await startEmbeddedNeo4j({ dataDir: tempDir(), password: 'a-secret-pass', log: () => undefined });
    try {
      await expect(
        connect({ uri: neo4j.uri, user: 'neo4j', password: 'wrong-password', database: 'neo4j', timeoutMs: 10_000, log: () => undefined }),
      ).rejects.toThrow(/refused the credentials/);
      const driver = await connect({ uri: neo4j.uri, user: 'neo4j', password: 'a-secret-pass', database: 'neo4j', timeoutMs: 10_000 });
      await driver.close();
    } finally {
      await neo4j.stop();
    }
  });

  it('does not outlive its parent, even when the parent is killed with SIGKILL', async () => {
    // A parent process that starts Neo4j, prints the JVM's pid, and waits.
    const script = `
      import { startEmbeddedNeo4j } from './server/src/neo4j/embedded/startEmbeddedNeo4j.ts';
      const neo4j = await startEmbeddedNeo4j({ dataDir: ${JSON.stringify(tempDir())}, log: () => {} });
      console.log('JVM_PID ' + neo4j.pid);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.setEncoding('utf8');
      parent.stdout.on('data', (chunk: string) => {
        const match = /JVM_PID (\d+)/.exec(chunk);
        if (match) resolve(Number(match[1]));
      });
      parent.on('exit', (code) => reject(new Error(`parent exited early with ${code}`)));
    });
    expect(isAlive(jvmPid)).toBe(true);

    parent.kill('SIGKILL');
    expect(await waitUntil(() => !isAlive(jvmPid), 45_000)).toBe(true);
  });
});
