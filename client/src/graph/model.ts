/** What a canvas draws: plain data any view can build from its query's answer. */
export interface GraphNodeData {
  id: string;
  kind: string;
  /** Short text drawn on the canvas (an acronym where there is one). */
  label: string;
  /** Full name, for the accessible list and tooltips. */
  name: string;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  /** The verb, e.g. "can use". */
  label: string;
  type?: string;
}

export interface GraphModel {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

export const EMPTY_GRAPH: GraphModel = { nodes: [], edges: [] };

export type LayoutName = 'force' | 'hierarchy';

export function parseLayout(value: string | null, fallback: LayoutName = 'force'): LayoutName {
  return value === 'force' || value === 'hierarchy' ? value : fallback;
}

/** Drops nodes (and the edges touching them) whose id or kind is excluded. */
export function filterGraph(graph: GraphModel, keep: (node: GraphNodeData) => boolean): GraphModel {
  const nodes = graph.nodes.filter(keep);
  const ids = new Set(nodes.map((node) => node.id));
  return { nodes, edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) };
}
