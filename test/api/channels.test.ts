import { describe, expect, it } from 'vitest';
import { startApiServer } from './apiTestServer.js';

const { query, queryError } = await startApiServer();

const CHANNELS = /* GraphQL */ `
  query Channels($from: ID!, $to: ID!, $avoid: [ID!], $max: Int, $maxHops: Int) {
    channels(from: $from, to: $to, avoid: $avoid, max: $max, maxHops: $maxHops) {
      hops
      steps { from { id } channel { id name status } to { id } formal confidential citations { quote source { key } } }
    }
  }`;

interface Route {
  hops: number;
  steps: { from: { id: string }; channel: { id: string }; to: { id: string }; formal: boolean; confidential: boolean; citations: unknown[] }[];
}
const channels = async (variables: Record<string, unknown>) => (await query<{ channels: Route[] }>(CHANNELS, variables)).channels;
const fromCivilSociety = { from: 'civil-society', to: 'un-security-council' };
const passes = (route: Route, id: string) => route.steps.some((step) => [step.from.id, step.channel.id, step.to.id].includes(id));

describe('channels: routes from civil society to the Security Council', () => {
  it('finds the Arria-formula meeting as the one-hop route, then longer ones, shortest first', async () => {
    const routes = await channels({ ...fromCivilSociety, max: 10 });
    expect(routes.length).toBeGreaterThan(1);
    // channels.yaml: civil society SENDS through the Arria-formula meeting, which REACHES the Council.
    expect(routes[0]).toMatchObject({ hops: 1, steps: [{ from: { id: 'civil-society' }, channel: { id: 'arria-formula-meeting' }, to: { id: 'un-security-council' }, formal: false }] });
    const hops = routes.map((route) => route.hops);
    expect(hops).toEqual([...hops].sort((a, b) => a - b));
    for (const route of routes) {
      expect(route.steps[0]!.from.id).toBe('civil-society');
      expect(route.steps.at(-1)!.to.id).toBe('un-security-council');
      expect(route.hops).toBe(route.steps.length);
      // Steps chain up, and no actor is visited twice.
      route.steps.slice(1).forEach((step, index) => expect(step.from.id).toBe(route.steps[index]!.to.id));
      const actors = [route.steps[0]!.from.id, ...route.steps.map((step) => step.to.id)];
      expect(new Set(actors).size).toBe(actors.length);
      for (const step of route.steps) expect(step.citations.length).toBeGreaterThanOrEqual(2);
    }
    // The reports' routes through the Special Adviser on the Prevention of Genocide and the Secretariat.
    expect(routes.some((route) => passes(route, 'special-adviser-prevention-of-genocide') || passes(route, 'osapg'))).toBe(true);
  });

  it('what if the Arria-formula meeting is closed: those routes go, others remain', async () => {
    const all = await channels({ ...fromCivilSociety, max: 20 });
    expect(all.some((route) => passes(route, 'arria-formula-meeting'))).toBe(true);
    const routes = await channels({ ...fromCivilSociety, avoid: ['arria-formula-meeting'], max: 20 });
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.some((route) => passes(route, 'arria-formula-meeting'))).toBe(false);
    expect(routes[0]!.hops).toBe(2);
    // Still: through the SAPG, or through member states referring the matter to the Council.
    expect(routes.some((route) => passes(route, 'special-adviser-prevention-of-genocide'))).toBe(true);
  });

  it('what if the Secretary-General\'s routes and the Arria formula are all closed', async () => {
    const avoid = ['arria-formula-meeting', 'un-secretary-general', 'un-secretariat', 'sc-briefing-by-secretariat'];
    const routes = await channels({ ...fromCivilSociety, avoid, max: 20 });
    for (const id of avoid) expect(routes.some((route) => passes(route, id))).toBe(false);
  });

  it('returns no routes when every channel into the Council is avoided', async () => {
    const { entity } = await query<{ entity: { channelsIn: { id: string }[] } }>(
      '{ entity(id: "un-security-council") { ... on Institution { channelsIn { id } } } }',
    );
    const routes = await channels({ ...fromCivilSociety, avoid: entity.channelsIn.map((channel) => channel.id), max: 20 });
    expect(routes).toEqual([]);
  });

  it('respects max and maxHops', async () => {
    expect(await channels({ ...fromCivilSociety, max: 2 })).toHaveLength(2);
    const oneHop = await channels({ ...fromCivilSociety, max: 20, maxHops: 1 });
    expect(oneHop.map((route) => route.steps[0]!.channel.id)).toEqual(['arria-formula-meeting']);
  });

  it('refuses unknown ids, from = to, the ends in avoid, and limits out of range, naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: 'atlantis', to: 'un-security-council' }, 'from'],
      [{ from: 'civil-society', to: 'atlantis' }, 'to'],
      [{ ...fromCivilSociety, avoid: ['atlantis'] }, 'avoid'],
      [{ from: 'civil-society', to: 'civil-society' }, 'to'],
      [{ ...fromCivilSociety, avoid: ['un-security-council'] }, 'avoid'],
      [{ ...fromCivilSociety, max: 0 }, 'max'],
      [{ ...fromCivilSociety, max: 21 }, 'max'],
      [{ ...fromCivilSociety, maxHops: 9 }, 'maxHops'],
    ];
    for (const [variables, argumentName] of cases) {
      const error = await queryError(CHANNELS, variables);
      expect(error.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
  });
});
