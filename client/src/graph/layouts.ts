import cytoscape, { type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './model';

cytoscape.use(fcose);
cytoscape.use(dagre);

/**
 * Force-directed (fcose) for neighbourhoods; hierarchical (dagre, top to bottom) for
 * reporting lines and routes, where direction matters. No animation: the tests and the
 * benchmark read positions as soon as the layout stops.
 */
export function layoutOptions(name: LayoutName, incremental: boolean, size: number, direction: 'TB' | 'LR' = 'TB'): LayoutOptions {
  if (name === 'hierarchy') {
    return { name: 'dagre', rankDir: direction, nodeSep: direction === 'LR' ? 8 : 70, rankSep: direction === 'LR' ? 160 : 70, animate: false, fit: true, padding: 30 } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: size > 1500 ? 'draft' : 'default',
    randomize: !incremental,
    animate: false,
    fit: true,
    padding: 30,
    nodeRepulsion: 15000,
    idealEdgeLength: 110,
    nodeSeparation: 60,
  } as LayoutOptions;
}
