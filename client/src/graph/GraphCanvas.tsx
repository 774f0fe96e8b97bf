import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GraphProxyList, type ProxyItem } from '../a11y/GraphProxyList';
import { setActiveGraph } from './activeGraph';
import { kindLabel } from './kinds';
import { layoutOptions } from './layouts';
import type { GraphModel, LayoutName } from './model';
import { stylesheet } from './stylesheet';

const BIG = 1500;

export interface GraphCanvasProps {
  /** Names the canvas and its accessible list, e.g. "Neighbourhood of Security Council". */
  label: string;
  model: GraphModel;
  layout: LayoutName;
  onLayoutChange?: (layout: LayoutName) => void;
  selected?: string | undefined;
  /** Ids of nodes and edges to mark (class `highlighted`), e.g. the chosen route. */
  highlighted?: ReadonlySet<string>;
  /** Nodes drawn larger (class `endpoint`), e.g. a route's from and to. */
  endpoints?: ReadonlySet<string>;
  onSelect?: (id: string | undefined) => void;
  /** Double-click or Enter on a node: expand it (Explore) or open it. */
  onActivate?: (id: string) => void;
  activateHint?: string;
  onHide?: (id: string) => void;
  /** Accessible text of an element; defaults to "Kind: name" and "verb from A to B". */
  describe?: (id: string) => string | undefined;
  /** Hierarchical layout direction: top-down for reporting lines, left-right for actor → tool → mandate. */
  direction?: 'TB' | 'LR';
}

/** A Cytoscape canvas (aria-hidden) with its toolbar and its keyboard-operable proxy list. */
export function GraphCanvas(props: GraphCanvasProps) {
  const { label, model, layout, selected, highlighted, endpoints, onLayoutChange } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | undefined>(undefined);
  const handlers = useRef(props);
  handlers.current = props;
  const [focused, setFocused] = useState<string>();
  const big = model.nodes.length + model.edges.length > BIG;
  const dense = model.edges.length > 60;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: stylesheet(false),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    setActiveGraph(cy);
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onSelect?.(undefined);
      else handlers.current.onSelect?.(event.target.id());
    });
    cy.on('dbltap', 'node', (event) => handlers.current.onActivate?.(event.target.id()));
    return () => {
      cy.destroy();
      if (cyRef.current === cy) cyRef.current = undefined;
      if (window.cy === cy) setActiveGraph(undefined);
    };
  }, []);

  // Big graphs: haystack edges, no edge labels (cytoscape's performance checklist).
  useEffect(() => {
    cyRef.current?.style(stylesheet(big, dense));
  }, [big, dense]);

  // Sync elements by id, then lay out only when the set of elements or the layout changed.
  const lastLayout = useRef<string>('');
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Set([...model.nodes.map((n) => n.id), ...model.edges.map((e) => e.id)]);
    let changed = false;
    let addedNodes = 0;
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .forEach((element) => {
          changed = true;
          cy.remove(element);
        });
      const added: ElementDefinition[] = [];
      for (const node of model.nodes) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) existing.data(node);
        else {
          // Start a new node beside a neighbour already placed, so an expansion grows in place.
          const neighbour = model.edges.find((e) => e.source === node.id || e.target === node.id);
          const anchor = neighbour ? cy.getElementById(neighbour.source === node.id ? neighbour.target : neighbour.source) : undefined;
          const position = anchor?.nonempty() ? { x: anchor.position('x') + Math.random() * 40 - 20, y: anchor.position('y') + Math.random() * 40 - 20 } : undefined;
          addedNodes += 1;
          added.push(position ? { group: 'nodes', data: node, position } : { group: 'nodes', data: node });
        }
      }
      for (const edge of model.edges) {
        if (cy.getElementById(edge.id).empty()) added.push({ group: 'edges', data: edge });
      }
      if (added.length > 0) {
        changed = true;
        cy.add(added);
      }
    });
    const key = `${layout}`;
    if (!changed && lastLayout.current === key) return;
    // Keep positions when a few nodes joined (an expansion); start afresh otherwise.
    const incremental = lastLayout.current === key && addedNodes < cy.nodes().length / 2;
    lastLayout.current = key;
    if (cy.nodes().length === 0) {
      cy.data({ layoutDone: true, layoutName: layout });
      return;
    }
    cy.data({ layoutDone: false, layoutName: layout });
    const run = cy.layout(layoutOptions(layout, incremental, cy.elements().length, props.direction));
    run.one('layoutstop', () => cy.data({ layoutDone: true }));
    run.run();
  }, [model, layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selected) cy.getElementById(selected).select();
      cy.elements().removeClass('highlighted dimmed endpoint focused');
      if (highlighted && highlighted.size > 0) {
        cy.elements().forEach((element) => {
          element.addClass(highlighted.has(element.id()) ? 'highlighted' : 'dimmed');
        });
      }
      for (const id of endpoints ?? []) cy.getElementById(id).addClass('endpoint');
      if (focused) cy.getElementById(focused).addClass('focused');
    });
  }, [model, selected, highlighted, endpoints, focused]);

  const names = useMemo(() => new Map(model.nodes.map((node) => [node.id, node.name])), [model]);
  const items: ProxyItem[] = useMemo(() => {
    const describe = handlers.current.describe;
    const nodes = [...model.nodes]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((node) => ({ id: node.id, isEdge: false, selected: node.id === selected, label: describe?.(node.id) ?? `${kindLabel(node.kind)}: ${node.name}` }));
    const edges = model.edges.map((edge) => ({
      id: edge.id,
      isEdge: true,
      selected: edge.id === selected,
      label: describe?.(edge.id) ?? `${capitalise(edge.label)} from ${names.get(edge.source) ?? edge.source} to ${names.get(edge.target) ?? edge.target}`,
    }));
    return [...nodes, ...edges];
  }, [model, selected, names]);

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <section className="graph" aria-label={label}>
      <div className="graph-toolbar" role="toolbar" aria-label="Graph controls">
        {onLayoutChange && (
          <label>
            Layout{' '}
            <select value={layout} onChange={(event) => onLayoutChange(event.target.value === 'hierarchy' ? 'hierarchy' : 'force')}>
              <option value="force">Force-directed</option>
              <option value="hierarchy">Hierarchical</option>
            </select>
          </label>
        )}
        <button type="button" onClick={() => cyRef.current?.fit(undefined, 30)}>
          Fit
        </button>
        <button type="button" onClick={() => zoom(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(0.8)} aria-label="Zoom out">
          −
        </button>
      </div>
      <div className="graph-canvas" ref={container} aria-hidden="true" data-testid="graph-canvas" />
      <GraphProxyList
        label={`${label}, as a list`}
        items={items}
        onFocusItem={setFocused}
        onSelect={(id) => handlers.current.onSelect?.(id)}
        {...(props.onActivate ? { onActivate: (id: string) => handlers.current.onActivate?.(id) } : {})}
        {...(props.onHide ? { onHide: (id: string) => handlers.current.onHide?.(id) } : {})}
        {...(props.activateHint ? { activateHint: props.activateHint } : {})}
      />
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
