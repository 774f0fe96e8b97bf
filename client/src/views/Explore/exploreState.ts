import type { Kind } from '../../api/generated/graphql';
import { isKind } from '../../graph/kinds';
import { parseLayout, type LayoutName } from '../../graph/model';
import { listParam } from '../../router/location';

/** Everything Explore shows, read from the URL so that a link reproduces the view. */
export interface ExploreState {
  focus: string | undefined;
  expanded: string[];
  hidden: string[];
  hiddenKinds: Kind[];
  selected: string | undefined;
  layout: LayoutName;
}

export function readExploreState(query: URLSearchParams): ExploreState {
  return {
    focus: query.get('focus') ?? undefined,
    expanded: listParam(query, 'expand'),
    hidden: listParam(query, 'hide'),
    hiddenKinds: listParam(query, 'hideKinds').filter(isKind),
    selected: query.get('sel') ?? undefined,
    layout: parseLayout(query.get('layout')),
  };
}

/** The address of Explore centred on one entity, for links from the other views. */
export function exploreHref(id: string): string {
  return `/explore?focus=${encodeURIComponent(id)}&sel=${encodeURIComponent(id)}`;
}
