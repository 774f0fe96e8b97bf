import type { EntityRow } from '../entity/rows.js';

/** One REQUIRES link: `via` (a tool, channel or actor) needs `actor`. */
export interface RequirementLink {
  rel: Record<string, unknown>;
  via: EntityRow;
  actor: EntityRow;
}

/** Links an actor cannot avoid: every channel it sends through requires the same actor. */
export type Unavoidable = Map<string, RequirementLink[]>;

const MAX_CHAIN = 4;

/**
 * Follows REQUIRES transitively: the direct links, then for each required actor the links it
 * cannot avoid, up to a few levels (chains in the reports are short; the cap guards cycles).
 */
export function approvalChain(direct: RequirementLink[], unavoidable: Unavoidable): RequirementLink[] {
  const chain: RequirementLink[] = [];
  const seen = new Set<string>();
  let frontier = direct;
  for (let level = 0; level < MAX_CHAIN && frontier.length > 0; level += 1) {
    const next: RequirementLink[] = [];
    for (const link of frontier) {
      const key = `${link.via.id}>${link.actor.id}>${String(link.rel.id)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      chain.push(link);
      next.push(...(unavoidable.get(link.actor.id) ?? []));
    }
    frontier = next;
  }
  return chain;
}

/** True when a chain passes through any of the ids. */
export function chainIncludes(chain: RequirementLink[], ids: ReadonlySet<string>): boolean {
  return chain.some((link) => ids.has(link.actor.id));
}
