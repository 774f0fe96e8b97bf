import { beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './support/browser.js';
import { expectAccessible, graph, screenshot } from './support/ui.js';

let app: BrowserApp;
beforeAll(async () => {
  app = await startBrowserApp();
});

describe('Who can act', () => {
  it('answers "who could respond to crimes against humanity without the Security Council", ranked, with sources', async () => {
    const page = await app.open('/who-can-act');
    await page.getByRole('combobox', { name: 'Crime' }).selectOption('crimes-against-humanity');
    await page.getByRole('checkbox', { name: 'Without a Security Council decision' }).check();
    await page.waitForURL(/crime=crimes-against-humanity.*withoutCouncil=1|withoutCouncil=1.*crime=crimes-against-humanity/);

    const heading = page.getByRole('heading', { name: /\d+ options from \d+ actors/ });
    await heading.waitFor();
    const groups = page.locator('.actor-group');
    expect(await groups.count()).toBeGreaterThan(0);
    // No option needs the Council's approval. The list of the previous filter (crime only) may
    // still be on screen for a moment, so wait for the answer to this one.
    const needingCouncil = async () =>
      (await page.locator('.option').allTextContents()).filter((text) => /Approvals needed:[^]*UN Security Council \(/.test(text));
    await expect.poll(needingCouncil, { timeout: 15_000 }).toEqual([]);
    // Each actor of the list is on the graph, beside its tools.
    const state = await graph(page, { minNodes: 2 });
    const firstActor = (await groups.first().locator('h3 a').getAttribute('href'))!;
    const actorId = new URL(firstActor, app.url).searchParams.get('focus')!;
    expect(state.nodes).toContain(actorId);
    expect(state.edges.some((edge) => edge.startsWith(`${actorId}>can-use>`))).toBe(true);
    await page.locator('.option .sources summary').first().click();
    await page.locator('.option .sources blockquote').first().waitFor();
    await screenshot(page, 'who-can-act');
    await expectAccessible(page);

    // Every result opens in Explore.
    await groups.first().locator('h3 a').click();
    await page.waitForURL(/\/explore\?focus=/);
    expect((await graph(page)).nodes).toContain(actorId);
  });

  it('shows an empty state when nothing matches', async () => {
    const page = await app.open('/who-can-act?situation=no-such-situation&pillar=1&maxCoercion=persuasive');
    await page.getByText(/No actor matches all of these|Could not load the options/).waitFor();
  });
});
