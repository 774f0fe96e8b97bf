/**
 * npm run bench:client — what the explorer costs a reader:
 *  1. the gzipped size of the JavaScript (and CSS) the first view loads (client/dist/index.html);
 *  2. the time to draw and lay out random graphs of 500, 2,000 and 5,000 elements in
 *     headless Chromium, with the client's own stylesheet and fcose layout (canvas, and
 *     WebGL where Chromium offers it).
 * Prints a table and saves bench/results/client-<date>.json and client-latest.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import buildClient from '../../test/client/setup/buildClient.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = [500, 2000, 5000];

/** Every script and stylesheet index.html loads up front (entry and module preloads). */
function firstViewSize(): { files: { file: string; bytes: number; gzip: number }[]; jsGzip: number; cssGzip: number } {
  const dist = join(root, 'client', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const files = paths.map((path) => {
    const content = readFileSync(join(dist, path));
    return { file: path, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  const sum = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((total, f) => total + f.gzip, 0);
  return { files, jsGzip: sum('.js'), cssGzip: sum('.css') };
}

/** Serves a folder on a loopback port (the bench page only). */
async function serve(folder: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(folder) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function main(): Promise<void> {
  buildClient();
  const size = firstViewSize();

  const out = mkdtempSync(join(tmpdir(), 'ape-bench-'));
  await build({ root: join(root, 'bench', 'client'), configFile: false, logLevel: 'warn', build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 4000, rollupOptions: { input: join(root, 'bench', 'client', 'page.html') } } });
  const server = await serve(out);
  const profile = mkdtempSync(join(tmpdir(), 'ape-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // No --disable-gpu here: let Chromium offer WebGL (SwiftShader) if it can.
    args: ['--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/page.html`);
    await page.waitForFunction('typeof window.runBenchmark === "function"');
    const { results, webgl } = (await page.evaluate(`window.runBenchmark(${JSON.stringify(SIZES)})`)) as {
      results: { elements: number; nodes: number; edges: number; renderer: string; drawMs: number; layoutMs: number; layout: string }[];
      webgl: boolean;
    };
    const browser = context.browser()?.version() ?? (await page.evaluate('navigator.userAgent'));

    console.log(`\nFirst view (index.html): ${(size.jsGzip / 1024).toFixed(1)} KiB of JavaScript gzipped, ${(size.cssGzip / 1024).toFixed(1)} KiB of CSS gzipped`);
    for (const file of size.files) console.log(`  ${file.file}  ${(file.bytes / 1024).toFixed(1)} KiB, ${(file.gzip / 1024).toFixed(1)} KiB gzipped`);
    console.log(`\nDraw and layout in headless Chromium (${String(browser)}), WebGL ${webgl ? 'available' : 'not available: canvas only'}`);
    console.table(results.map((r) => ({ elements: r.elements, nodes: r.nodes, edges: r.edges, renderer: r.renderer, 'draw (ms)': Math.round(r.drawMs), layout: r.layout, 'layout (ms)': Math.round(r.layoutMs) })));

    const report = { date: new Date().toISOString(), node: process.version, browser, firstView: size, webgl, results };
    const folder = join(root, 'bench', 'results');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `client-${report.date.slice(0, 10)}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(folder, 'client-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nSaved bench/results/client-latest.json`);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
