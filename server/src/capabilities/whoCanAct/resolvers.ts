import { COERCION_LEVELS, type Coercion, type Stage } from '../../../../seed/src/model/vocabulary.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { int } from '../../graphql/read.js';
import { citationsOf, type EntityRow } from '../entity/rows.js';
import { approvalChain, chainIncludes, type RequirementLink, type Unavoidable } from './approvalChain.js';
import { WHO_CAN_ACT } from './cypher.js';

interface ActFilter {
  crime?: string | null;
  pillar?: number | null;
  stage?: Stage | null;
  maxCoercion?: Coercion | null;
  situation?: string | null;
  withoutApprovalOf?: string[] | null;
}

interface OptionRow {
  actor: EntityRow;
  tool: EntityRow;
  canUse: Record<string, unknown>;
  legalBasis: EntityRow[];
  requires: RequirementLink[];
  channels: { channel: EntityRow; requires: RequirementLink[] }[];
}

interface Row {
  unknownIds: string[];
  options: OptionRow[];
  unavoidable: (RequirementLink & { of: string })[];
}

const toApproval = (link: RequirementLink) => ({
  actor: link.actor,
  requirement: String(link.rel.requirement ?? ''),
  what: (link.rel.what as string | undefined) ?? null,
  via: link.via,
  citations: citationsOf(link.rel),
});

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** Rejects filter ids that name no entity, saying which field holds them. */
function checkIds(filter: ActFilter, unknownIds: string[]): void {
  if (unknownIds.length === 0) return;
  const unknown = new Set(unknownIds);
  for (const field of ['crime', 'situation'] as const) {
    const id = filter[field];
    if (id && unknown.has(id)) throw badUserInput('filter', `\`filter.${field}\`: no entity has the id "${id}".`, `filter.${field}`);
  }
  const ids = (filter.withoutApprovalOf ?? []).filter((id) => unknown.has(id));
  throw badUserInput('filter', `\`filter.withoutApprovalOf\`: no entity has the id ${ids.map((id) => `"${id}"`).join(', ')}.`, 'filter.withoutApprovalOf');
}

export const whoCanActResolvers = {
  Query: {
    async whoCanAct(_parent: unknown, { filter }: { filter: ActFilter }, context: Context) {
      if (filter.pillar != null && ![1, 2, 3].includes(filter.pillar)) {
        throw badUserInput('filter', `\`filter.pillar\` must be 1, 2 or 3; got ${filter.pillar}.`, 'filter.pillar');
      }
      const forbidden = new Set(filter.withoutApprovalOf ?? []);
      const coercions = filter.maxCoercion ? COERCION_LEVELS.slice(0, COERCION_LEVELS.indexOf(filter.maxCoercion) + 1) : null;
      const [row] = await context.read<Row>(WHO_CAN_ACT, {
        checkIds: [filter.crime, filter.situation, ...forbidden].filter((id): id is string => Boolean(id)),
        crime: filter.crime ?? null,
        pillar: filter.pillar == null ? null : int(filter.pillar),
        stage: filter.stage ?? null,
        coercions: coercions ? [...coercions] : null,
        situation: filter.situation ?? null,
      });
      if (!row) throw new Error('whoCanAct query returned no row');
      checkIds(filter, row.unknownIds);

      const unavoidable: Unavoidable = new Map();
      for (const link of row.unavoidable) unavoidable.set(link.of, [...(unavoidable.get(link.of) ?? []), link]);

      const options = [];
      for (const option of row.options) {
        if (forbidden.has(option.actor.id)) continue;
        const toolChain = approvalChain(option.requires, unavoidable);
        if (chainIncludes(toolChain, forbidden)) continue;
        const channels = option.channels
          .map((item) => ({ channel: item.channel, chain: approvalChain(item.requires, unavoidable) }))
          .filter((item) => !chainIncludes(item.chain, forbidden));
        const approvalCount = new Set(toolChain.map((link) => link.actor.id).filter((id) => id !== option.actor.id)).size;
        const coercion = Math.max(0, COERCION_LEVELS.indexOf(option.tool.coercion as Coercion));
        const citations = citationsOf(option.canUse);
        for (const entity of [option.actor, option.tool, ...option.legalBasis, ...channels.map((item) => item.channel)]) {
          context.loaders.entity.prime(entity.id, entity);
        }
        options.push({
          actor: option.actor,
          tool: option.tool,
          conditions: (option.canUse.conditions as string | undefined) ?? null,
          legalBasis: uniqueById(option.legalBasis),
          approvals: [...toolChain, ...channels.flatMap((item) => item.chain)].map(toApproval),
          channels: uniqueById(channels.map((item) => item.channel)),
          citations,
          approvalCount,
          // Sorted by this alone: approvals weigh most, then coercion, then sourcing (capped).
          score: 1000 - 100 * approvalCount - 10 * coercion + Math.min(citations.length, 9),
        });
      }
      return options.sort(
        (a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name) || a.tool.name.localeCompare(b.tool.name),
      );
    },
  },
};
