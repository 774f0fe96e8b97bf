/**
 * The page the benchmark drives: draws a random graph of N elements with the client's own
 * stylesheet and layouts (client/src/graph), and reports how long drawing and layout took.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { KIND_ORDER } from '../../client/src/graph/kinds';
import { layoutOptions } from '../../client/src/graph/layouts';
import { stylesheet } from '../../client/src/graph/stylesheet';

export interface Measure {
  elements: number;
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  drawMs: number;
  layoutMs: number;
  layout: string;
}

/** A connected random graph: a spanning tree plus random extra edges (seeded: same graph each run). */
function randomGraph(elements: number): ElementDefinition[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const nodes = Math.round(elements * 0.4);
  const edges = elements - nodes;
  const result: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i += 1) {
    result.push({ group: 'nodes', data: { id: `n${i}`, kind: KIND_ORDER[i % KIND_ORDER.length], label: `Node ${i}`, name: `Node ${i}` }, position: { x: random() * 1000, y: random() * 800 } });
  }
  for (let i = 0; i < edges; i += 1) {
    const target = (i % (nodes - 1)) + 1;
    const source = i < nodes - 1 ? Math.floor(random() * target) : Math.floor(random() * nodes);
    result.push({ group: 'edges', data: { id: `e${i}`, source: `n${source}`, target: `n${target}`, label: 'relates to' } });
  }
  return result;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function measure(elements: number, webgl: boolean): Promise<Measure> {
  const graph = randomGraph(elements);
  const big = elements > 1500;
  const container = document.getElementById('cy')!;
  const start = performance.now();
  const cy = cytoscape({
    container,
    elements: graph,
    style: stylesheet(big, elements > 150),
    layout: { name: 'preset' },
    // The WebGL renderer (cytoscape ≥ 3.31, experimental) where the browser offers WebGL.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } as unknown as { name: string } } : {}),
  });
  await frame();
  const drawMs = performance.now() - start;
  const options = layoutOptions('force', false, elements);
  const layoutStart = performance.now();
  await new Promise<void>((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  await frame();
  const layoutMs = performance.now() - layoutStart;
  const result: Measure = { elements, nodes: cy.nodes().length, edges: cy.edges().length, renderer: webgl ? 'webgl' : 'canvas', drawMs, layoutMs, layout: `fcose (${(options as { quality?: string }).quality})` };
  cy.destroy();
  return result;
}

function webglAvailable(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2') || !!document.createElement('canvas').getContext('webgl');
  } catch {
    return false;
  }
}

declare global {
  interface Window {
    runBenchmark(sizes: number[]): Promise<{ results: Measure[]; webgl: boolean }>;
  }
}

window.runBenchmark = async (sizes) => {
  const webgl = webglAvailable();
  const results: Measure[] = [];
  for (const size of sizes) {
    results.push(await measure(size, false));
    if (webgl) results.push(await measure(size, true));
  }
  return { results, webgl };
};
