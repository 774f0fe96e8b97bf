import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser.js';
import { expectAccessible, graph, screenshot, waitForGraph } from './support/ui.js';

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});

async function pick(page: Page, label: string, text: string, optionName: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(text);
  const option = page.getByRole('option', { name: optionName }).first();
  await option.waitFor();
  await page.getByRole('combobox', { name: label }).press('ArrowDown');
  await option.click();
}

describe('Channels', () => {
  it('lists and draws the routes from the Secretary-General to the Security Council, the chosen one highlighted', async () => {
    const page = await app.open('/channels');
    await pick(page, 'From', 'Secretary-General', /^UN Secretary-General/);
    await pick(page, 'To', 'UNSC', /^UN Security Council/);
    await page.waitForURL(/from=un-secretary-general.*to=un-security-council/);
    await page.getByRole('heading', { name: /\d+ routes? from UN Secretary-General to UN Security Council/ }).waitFor();

    const state = await graph(page, { minNodes: 3 });
    expect(state.highlighted).toContain('un-secretary-general');
    expect(state.highlighted).toContain('un-security-council');
    // Each step is labelled with its channel, read aloud as "Channel … from … to …".
    const firstChannel = page.locator('.route.chosen .channel-name').first();
    const channelName = (await firstChannel.textContent())!.trim();
    await page.getByRole('button', { name: new RegExp(`^Channel ${escape(channelName)}, from `) }).first().waitFor({ state: 'attached' });
    await screenshot(page, 'channels');
    await expectAccessible(page);
  });

  it('recomputes the routes when a channel is blocked, lists the block, and undoes it', async () => {
    const page = await app.open('/channels?from=un-secretary-general&to=un-security-council');
    await page.getByRole('heading', { name: /\d+ routes? from/ }).waitFor();
    const before = await graph(page, { minNodes: 3 });
    const block = page.locator('.route.chosen').getByRole('button', { name: /^Block channel / }).first();
    const label = (await block.getAttribute('aria-label'))!;
    const channelName = label.replace(/^Block channel /, '');
    const channelId = before.highlighted.find((id) => !id.includes('>') && id !== 'un-secretary-general' && id !== 'un-security-council')!;
    await block.click();
    await page.waitForURL(/block=/);
    const blocked = page.getByRole('region', { name: /Blocked/ });
    await blocked.getByText(channelName).waitFor();
    await waitForGraph(page, (cy, id) => cy.getElementById(id).empty() || cy.nodes().length === 0, channelId);
    await screenshot(page, 'channels-what-if');

    await blocked.getByRole('button', { name: `Undo block of ${channelName}` }).click();
    await page.waitForURL((url) => !url.searchParams.has('block'));
    await waitForGraph(page, (cy, id) => cy.getElementById(id).nonempty(), channelId);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
