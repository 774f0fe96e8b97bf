import type { StylesheetJson } from 'cytoscape';
import { KINDS } from './kinds';

/**
 * Node shape and colour by kind; `highlighted` marks a path (the tests read that class);
 * big graphs get haystack edges and no edge labels (cytoscape's performance advice).
 */
export function stylesheet(big: boolean, dense = big): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'system-ui, sans-serif',
        'font-size': 11,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        width: 26,
        height: 26,
        'border-width': 1.5,
        'border-color': '#222',
      },
    },
    ...Object.entries(KINDS).map(([kind, style]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': style.colour, shape: style.shape },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.3,
        'line-color': '#8a8a8a',
        'target-arrow-color': '#8a8a8a',
        'target-arrow-shape': big ? 'none' : 'triangle',
        'arrow-scale': 0.8,
        'curve-style': big ? 'haystack' : 'bezier',
        // Dense graphs: verbs only on the selected, focused or highlighted edges, else they hide the nodes.
        label: dense ? '' : 'data(label)',
        'font-size': 8,
        color: '#444',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000', 'underlay-color': '#ffd400', 'underlay-opacity': 0.6, 'underlay-padding': 6 } },
    { selector: 'edge:selected, edge.focused, edge.highlighted', style: { label: 'data(label)' } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#000', 'target-arrow-color': '#000' } },
    { selector: 'node.focused', style: { 'underlay-color': '#005fcc', 'underlay-opacity': 0.5, 'underlay-padding': 8 } },
    { selector: 'edge.focused', style: { width: 4, 'line-color': '#005fcc', 'target-arrow-color': '#005fcc' } },
    { selector: '.dimmed', style: { opacity: 0.25 } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': '#c00000' } },
    { selector: 'edge.highlighted', style: { width: 4, 'line-color': '#c00000', 'target-arrow-color': '#c00000', 'line-style': 'solid', 'z-index': 10 } },
    { selector: 'node.endpoint', style: { width: 36, height: 36, 'font-weight': 'bold' } },
  ];
}
