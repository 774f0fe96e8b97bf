import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './support/browser.js';
import { expectAccessible, screenshot } from './support/ui.js';

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});

describe('Tools', () => {
  it('filters, sorts and counts the catalogue, and exports it as CSV', async () => {
    const page = await app.open('/tools');
    const counts = page.getByTestId('tool-counts');
    await counts.waitFor();
    const [, shownAll, total] = (await counts.textContent())!.match(/Showing (\d+) of (\d+) tools/)!;
    expect(Number(shownAll)).toBe(Number(total));
    expect(Number(total)).toBeGreaterThan(10);

    await page.getByRole('combobox', { name: 'Pillar' }).selectOption('2');
    await page.waitForURL(/pillar=2/);
    const shown = Number((await counts.textContent())!.match(/Showing (\d+)/)![1]);
    expect(shown).toBeLessThan(Number(total));
    expect(shown).toBeGreaterThan(0);
    const pillarCells = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(pillarCells).toHaveLength(shown);
    for (const cell of pillarCells) expect(cell.split(', ')).toContain('2');

    await page.getByRole('button', { name: /^Coercion/ }).click();
    await page.waitForURL(/sort=coercion/);
    expect(await page.getByRole('columnheader', { name: /Coercion/ }).getAttribute('aria-sort')).toBe('ascending');
    const coercions = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    const order = ['persuasive', 'non-military-coercive', 'military'];
    expect(coercions.map((c) => order.indexOf(c))).toEqual([...coercions.map((c) => order.indexOf(c))].sort((a, b) => a - b));
    await screenshot(page, 'tools');
    await expectAccessible(page);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV' }).click()]);
    const lines = readFileSync((await file.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('tool,pillars,stages,coercion,who can use it,authorized by');
    expect(lines).toHaveLength(shown + 1);
  });

  it('says so when no tool matches', async () => {
    const page = await app.open('/tools?text=zzzz-no-such-tool');
    await page.getByText('No tool matches these filters.').waitFor();
  });
});
