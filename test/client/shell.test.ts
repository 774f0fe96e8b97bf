import { beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './support/browser.js';
import { expectAccessible, press, screenshot } from './support/ui.js';

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});

describe('The app shell', () => {
  it('works from the keyboard: skip link, then every view through the navigation', async () => {
    const page = await app.open('/explore');
    await press(page, 'Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    for (const [name, path] of [['Who can act', '/who-can-act'], ['Channels', '/channels'], ['Tools', '/tools'], ['Situations', '/situations'], ['Explore', '/explore']] as const) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }).focus();
      await press(page, 'Enter');
      await page.waitForURL((url) => url.pathname === path);
      await page.getByRole('heading', { level: 1, name }).waitFor();
    }
    await screenshot(page, 'explore-start');
    await expectAccessible(page);
  });

  it('says clearly when the API is down, and recovers on Retry', async () => {
    const page = await app.context.newPage();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${app.url}/situations`);
    const alert = page.getByRole('alert');
    await alert.getByText(/Could not load the situations/).waitFor();
    expect(await alert.textContent()).toMatch(/cannot be reached/);
    await screenshot(page, 'error-state');
    await expectAccessible(page);
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { name: /^Timeline/ }).waitFor();
    await page.close();
  });

  it('serves GraphiQL bundled, with nothing from other hosts', async () => {
    const page = await app.open('/graphiql.html', { shell: false });
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.graphiql-response').getByText(/"hops"/).first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'graphiql');
    expect(app.foreignRequests).toEqual([]);
  });

  it('shows a not-found page for an unknown path', async () => {
    const page = await app.open('/nowhere');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });
});
