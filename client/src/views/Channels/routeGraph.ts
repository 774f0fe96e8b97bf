import type { RoutesQuery } from '../../api/generated/graphql';
import type { GraphModel } from '../../graph/model';

export type Route = RoutesQuery['channels'][number];
export type Step = Route['steps'][number];

/** Each step as who → channel → whom: the channel is a node the reader can click. */
export function stepIds(step: Step): { sends: string; reaches: string } {
  return { sends: `${step.from.id}>${step.channel.id}`, reaches: `${step.channel.id}>${step.to.id}` };
}

export function routesToGraph(routes: readonly Route[]): GraphModel {
  const nodes = new Map<string, GraphModel['nodes'][number]>();
  const edges = new Map<string, GraphModel['edges'][number]>();
  const node = (entity: { id: string; kind: string; name: string }) => {
    if (!nodes.has(entity.id)) nodes.set(entity.id, { id: entity.id, kind: entity.kind, label: entity.name.length > 34 ? `${entity.name.slice(0, 32)}…` : entity.name, name: entity.name });
  };
  for (const route of routes) {
    for (const step of route.steps) {
      node(step.from);
      node(step.channel);
      node(step.to);
      const { sends, reaches } = stepIds(step);
      edges.set(sends, { id: sends, source: step.from.id, target: step.channel.id, label: 'sends through' });
      edges.set(reaches, { id: reaches, source: step.channel.id, target: step.to.id, label: 'reaches' });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The ids of one route's nodes and edges, to mark it on the canvas. */
export function routeElementIds(route: Route | undefined): Set<string> {
  const ids = new Set<string>();
  for (const step of route?.steps ?? []) {
    const { sends, reaches } = stepIds(step);
    for (const id of [step.from.id, step.channel.id, step.to.id, sends, reaches]) ids.add(id);
  }
  return ids;
}

/** "Secretary-General → Article 99 referral → Security Council → …" */
export function describeRoute(route: Route): string {
  const first = route.steps[0];
  if (!first) return '';
  return [first.from.name, ...route.steps.flatMap((step) => [`[${step.channel.name}]`, step.to.name])].join(' → ');
}
