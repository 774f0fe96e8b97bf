import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './support/browser.js';
import { expectAccessible, graph, location, screenshot, waitForGraph, waitForStillGraph } from './support/ui.js';

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});

async function searchAndPick(page: Page, label: string, text: string, optionName: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  const option = page.getByRole('option', { name: new RegExp(optionName) }).first();
  await option.waitFor();
  await option.click();
}

/**
 * Double-clicks, where the canvas draws it, the node (other than `except`) farthest from any
 * other node, so the click cannot land on a neighbour; returns its id.
 */
async function doubleClickLoneNode(page: Page, except: string[]): Promise<string> {
  // Move focus off the keyboard list first: while focused, it is shown over the canvas.
  await page.getByRole('combobox', { name: 'Search names, acronyms and aliases' }).focus();
  await waitForStillGraph(page);
  const { id, x, y } = (await page.evaluate(`(() => {
    const cy = globalThis.cy;
    const except = ${JSON.stringify(except)};
    const nodes = cy.nodes().filter((n) => !except.includes(n.id()));
    let best = { id: '', x: 0, y: 0, distance: -1 };
    nodes.forEach((n) => {
      const p = n.renderedPosition();
      const distance = Math.min(...cy.nodes().filter((m) => m !== n).map((m) => Math.hypot(m.renderedPosition().x - p.x, m.renderedPosition().y - p.y)));
      if (p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20 && distance > best.distance) best = { id: n.id(), x: p.x, y: p.y, distance };
    });
    return best;
  })()`)) as { id: string; x: number; y: number };
  const box = await page.getByTestId('graph-canvas').boundingBox();
  await page.mouse.dblclick(box!.x + x, box!.y + y);
  return id;
}

describe('Explore', () => {
  it('finds an entity by its acronym and shows its neighbourhood and its sources', async () => {
    const page = await app.open('/');
    await page.waitForURL(/\/explore$/);
    await searchAndPick(page, 'Search names, acronyms and aliases', 'UNSC', 'UN Security Council');
    await page.waitForURL(/focus=un-security-council/);
    const state = await graph(page, { minNodes: 5 });
    expect(state.nodes).toContain('un-security-council');
    expect(state.selected).toEqual(['un-security-council']);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).first().textContent()).toBe('UN Security Council');
    await details.locator('blockquote').first().waitFor();
    expect(await details.locator('cite').first().textContent()).toMatch(/\w/);
    await screenshot(page, 'explore');
    await expectAccessible(page);
  });

  it('selects an edge and shows the passage the relationship comes from', async () => {
    const page = await app.open('/explore?focus=un-security-council&sel=un-security-council');
    const { edges } = await graph(page, { minNodes: 5 });
    const edge = edges[0]!;
    await page.locator(`[data-element-id="${edge}"]`).focus();
    await page.keyboard.press(' ');
    await page.waitForURL(new RegExp(`sel=${encodeURIComponent(edge)}`));
    expect((await graph(page)).selected).toEqual([edge]);
    const chosen = page.getByRole('region', { name: 'Selected relationship' });
    await chosen.locator('blockquote').first().waitFor();
  });

  it('expands a node with Enter and with a double-click, hides one with Delete', async () => {
    const page = await app.open('/explore?focus=un-secretary-general&sel=un-secretary-general');
    const before = await graph(page, { minNodes: 3 });
    const neighbour = before.nodes.find((id) => id !== 'un-secretary-general')!;
    // Keyboard: the proxy list stands in for the canvas.
    await page.locator(`[data-element-id="${neighbour}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`expand=${neighbour}`));
    await waitForGraph(page, (cy, n) => cy.nodes().length >= n, before.nodes.length);
    const expanded = await graph(page);
    expect(expanded.selected).toEqual([neighbour]);

    // Mouse: double-click another node on the canvas.
    const other = await doubleClickLoneNode(page, ['un-secretary-general', neighbour]);
    await page.waitForURL(new RegExp(`expand=[^&]*${other}`));

    // Delete hides the focused node; the URL keeps it hidden.
    await page.locator(`[data-element-id="${other}"]`).focus();
    await page.keyboard.press('Delete');
    await page.waitForURL(new RegExp(`hide=${other}`));
    await waitForGraph(page, (cy, id) => cy.getElementById(id).empty(), other);
    await page.getByRole('button', { name: /Show .* again/ }).first().waitFor();
  });

  it('filters by kind, switches layout, zooms, and restores all of it from the link', async () => {
    const page = await app.open('/explore?focus=un-security-council&sel=un-security-council');
    await graph(page, { minNodes: 5 });
    await page.getByRole('checkbox', { name: /^States/ }).uncheck();
    await page.waitForURL(/hideKinds=State/);
    await waitForGraph(page, (cy) => cy.nodes('[kind = "State"]').length === 0);

    await page.getByRole('combobox', { name: 'Layout' }).selectOption('hierarchy');
    await page.waitForURL(/layout=hierarchy/);
    await waitForGraph(page, (cy) => cy.data('layoutName') === 'hierarchy');

    const zoom = (await page.evaluate('globalThis.cy.zoom()')) as number;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect((await page.evaluate('globalThis.cy.zoom()')) as number).toBeGreaterThan(zoom);
    await page.getByRole('button', { name: 'Fit' }).click();

    // The same link in a fresh load shows the same view.
    const link = location(page);
    const again = await app.open(link.pathname + link.search);
    const state = await graph(again, { minNodes: 2 });
    expect(state.layout).toBe('hierarchy');
    expect(await again.getByRole('checkbox', { name: /^States/ }).isChecked()).toBe(false);
    await waitForGraph(again, (cy) => cy.nodes('[kind = "State"]').length === 0);
  });

  it('exports PNG, CSV, JSON and the citations of the view', async () => {
    const page = await app.open('/explore?focus=un-security-council&sel=un-security-council');
    const state = await graph(page, { minNodes: 5 });
    await page.getByRole('complementary', { name: 'Details' }).locator('blockquote').first().waitFor();
    const exportBar = page.getByRole('group', { name: 'Export' });

    const download = async (button: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), exportBar.getByRole('button', { name: button }).click()]);
      return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
    };
    const png = await download('PNG');
    expect(png.name).toMatch(/\.png$/);
    expect(png.content.subarray(1, 4).toString()).toBe('PNG');
    const csv = await download('CSV');
    expect(csv.content.toString().split('\r\n')[0]).toBe('from,from kind,relationship,to,to kind');
    expect(csv.content.toString().trim().split('\r\n')).toHaveLength(state.edges.length + 1);
    const json = JSON.parse((await download('JSON')).content.toString()) as { nodes: { id: string }[] };
    expect(json.nodes.map((node) => node.id).sort()).toEqual(state.nodes);

    await exportBar.getByRole('button', { name: 'Copy citations' }).click();
    await exportBar.getByText(/Copied \d+ citations/).waitFor();
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(copied).toMatch(/- "/);
  });
});
