import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../support/database.js';

/** Runs `server/src/main.ts` (what `npm start` runs, from source) and collects its output. */
function runMain(env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('start-up failures end with one clear message', () => {
  it('an unreachable NEO4J_URI', async () => {
    const { code, output } = await runMain({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_CONNECT_TIMEOUT_MS: '1500' });
    expect(code).toBe(1);
    expect(output).toMatch(/Cannot start: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9/);
    expect(output).toMatch(/unset NEO4J_URI to use the embedded Neo4j/);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a taken port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { uri } = testDatabase();
      const { code, output } = await runMain({ NEO4J_URI: uri, PORT: String(port), HOST: '127.0.0.1' });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(output).toMatch(/PORT=4001 npm start/);
    } finally {
      blocker.close();
    }
  });

  it('an invalid setting names the variable', async () => {
    const { code, output } = await runMain({ PORT: 'four-thousand', NEO4J_URI: 'http://example' });
    expect(code).toBe(1);
    expect(output).toMatch(/PORT="four-thousand"/);
    expect(output).toMatch(/NEO4J_URI="http:\/\/example": must look like neo4j:\/\/host:7687/);
  });
});
