import { beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './support/browser.js';
import { expectAccessible, screenshot } from './support/ui.js';

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});

describe('Situations', () => {
  it('shows what happened in Rwanda in 1994 and who acted, on a timeline', async () => {
    const page = await app.open('/situations');
    await page.getByRole('heading', { name: /^Timeline/ }).waitFor();
    await page.getByRole('button', { name: /^Rwandan genocide/ }).click();
    await page.waitForURL(/id=rwanda-1994/);
    const article = page.getByRole('article', { name: /Rwandan genocide/ });
    await article.waitFor();
    const happened = article.getByRole('region', { name: /What happened/ });
    expect(await happened.locator('time').count()).toBeGreaterThan(1);
    await happened.getByText(/three options/i).first().waitFor();
    const acted = article.getByRole('region', { name: /Who acted/ });
    expect(await acted.getByRole('link').count()).toBeGreaterThan(0);
    await screenshot(page, 'situations');
    await expectAccessible(page);
  });
});
