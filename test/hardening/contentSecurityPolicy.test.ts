import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase, testDriver } from '../support/database.js';
import { startTestServer } from '../support/http.js';

/**
 * The built client and the bundled GraphiQL under the server's content security policy, in
 * Chromium: every view and GraphiQL load, run a query, and the browser reports no violation.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const driver = await testDriver();
// Enforced, as `npm start` serves it (createApp's default only reports, for the browser tests).
const server = await startTestServer({ driver, database: testDatabase().database, clientDir: join(root, 'client', 'dist'), http: { cspReportOnly: false } });
const profile = mkdtempSync(join(tmpdir(), 'ape-csp-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
afterAll(async () => {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

const violations: string[] = [];
context.on('console', (message) => {
  if (/Content Security Policy|Refused to (load|execute|apply|create|connect)/i.test(message.text())) violations.push(message.text());
});
// Reported by the page itself as well, in case the console wording changes.
await context.addInitScript({
  content: "document.addEventListener('securitypolicyviolation', (event) => console.error('Content Security Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI));",
});

describe('content security policy in a real browser', () => {
  it('lets every view of the client load and draw', async () => {
    const page = await context.newPage();
    for (const path of ['/explore/un-security-council', '/who-can-act', '/channels', '/tools', '/situations']) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('navigation', { name: 'Views' }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    await page.close();
    expect(violations).toEqual([]);
  });

  it('lets the bundled GraphiQL load its editor and workers and run a query', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/graphiql.html`);
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.graphiql-response').getByText(/"hops"/).first().waitFor({ timeout: 30_000 });
    await page.close();
    expect(violations).toEqual([]);
  });
});
