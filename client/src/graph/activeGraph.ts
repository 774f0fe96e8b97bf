import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Test hook (as in cytoscape.js's own tests): the canvas of the current view. */
    cy?: Core;
  }
}

/** The canvas of the view on screen, for exports (PNG, JSON) and the browser tests. */
export function setActiveGraph(cy: Core | undefined): void {
  if (cy) window.cy = cy;
  else delete window.cy;
}

export function activeGraph(): Core | undefined {
  return window.cy;
}
