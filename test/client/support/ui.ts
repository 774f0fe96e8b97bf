import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A tiny test language for the browser tests (after excalidraw's): read the graph's model
 * through the `window.cy` test hook, act like a user, save screenshots, run axe.
 */

export interface GraphState {
  nodes: string[];
  edges: string[];
  selected: string[];
  highlighted: string[];
  layout: string;
}

/**
 * Waits until the canvas (window.cy) has laid out and `predicate(cy, arg)` holds. The
 * predicate runs in the page, so it may use only its arguments.
 */
export async function waitForGraph<A>(page: Page, predicate: (cy: Core, arg: A) => boolean, arg?: A): Promise<void> {
  const expression = `(() => {
    const cy = globalThis.cy;
    if (!cy || cy.data('layoutDone') !== true) return false;
    return Boolean((${predicate.toString()})(cy, ${JSON.stringify(arg ?? null)}));
  })()`;
  await page.waitForFunction(expression, undefined, { timeout: 30_000 });
}

/**
 * Waits until no node has moved for a quarter of a second. A new layout may start a moment
 * after the previous one finished, so `layoutDone` alone can be stale when a test is about
 * to click a node at its rendered position.
 */
export async function waitForStillGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    `new Promise((resolve) => {
      const cy = globalThis.cy;
      if (!cy || cy.data('layoutDone') !== true) return resolve(false);
      const snapshot = () => JSON.stringify(cy.nodes().map((n) => [n.id(), Math.round(n.position().x), Math.round(n.position().y)]));
      const before = snapshot();
      setTimeout(() => resolve(cy.data('layoutDone') === true && snapshot() === before), 250);
    })`,
    undefined,
    { timeout: 30_000 },
  );
}

/** Waits until the canvas holds elements and its layout has stopped, then reads its model. */
export async function graph(page: Page, { minNodes = 1 }: { minNodes?: number } = {}): Promise<GraphState> {
  await waitForGraph(page, (cy, min) => cy.nodes().length >= min, minNodes);
  return page.evaluate(`(() => {
    const cy = globalThis.cy;
    const ids = (collection) => collection.map((e) => e.id()).sort();
    return {
      nodes: ids(cy.nodes()),
      edges: ids(cy.edges()),
      selected: ids(cy.elements(':selected')),
      highlighted: ids(cy.elements('.highlighted')),
      layout: String(cy.data('layoutName')),
    };
  })()`) as Promise<GraphState>;
}

const screenshots = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** A full-page screenshot for people to look at (not compared by the tests). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** axe-core on the whole page: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(bad).toEqual([]);
}

/** The current URL's path and query, to check that state is shareable as a link. */
export function location(page: Page): URL {
  return new URL(page.url());
}

/** Presses keys one after the other on the focused element. */
export async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}
