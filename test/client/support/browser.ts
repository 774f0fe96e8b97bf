import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { testDatabase, testDriver } from '../../support/database.js';
import { startTestServer } from '../../support/http.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Debian's Chromium, never a downloaded one; a fresh profile, no background traffic. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserApp {
  url: string;
  context: BrowserContext;
  /**
   * Opens a page at `path`; fails the test on any page error. Waits for the explorer's shell
   * unless `shell: false` (pages such as GraphiQL have none).
   */
  open(path: string, options?: { shell?: boolean }): Promise<Page>;
  /** Requests the pages sent to any host but our server (must stay empty). */
  foreignRequests: string[];
  pageErrors: string[];
}

/**
 * The app as `npm start` serves it (createApp over the shared test database, with the built
 * client) and a headless Chromium pointed at it; both close after the file's tests.
 */
export async function startBrowserApp(): Promise<BrowserApp> {
  const driver = await testDriver();
  const server = await startTestServer({ driver, database: testDatabase().database, clientDir: join(root, 'client', 'dist') });
  const profile = mkdtempSync(join(tmpdir(), 'ape-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  afterAll(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    expect(foreignRequests, 'requests to hosts other than our server').toEqual([]);
  });
  return {
    url: server.url,
    context,
    foreignRequests,
    pageErrors,
    async open(path, { shell = true } = {}) {
      const page = context.pages()[0] ?? (await context.newPage());
      page.removeAllListeners('pageerror');
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${server.url}${path}`);
      // The page is usable once React has drawn the shell: keys pressed earlier go nowhere.
      if (shell) await page.getByRole('navigation', { name: 'Views' }).waitFor();
      return page;
    },
  };
}
