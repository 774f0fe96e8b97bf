import { describe, expect, it } from 'vitest';
import { startApiServer } from './apiTestServer.js';

const { query } = await startApiServer();

const CITATIONS = /* GraphQL */ `citations { quote source { key title publisher date url } }`;

describe('entity', () => {
  it('returns an Institution with its hierarchy, mandates, tools and channels, all cited', async () => {
    const { entity } = await query(/* GraphQL */ `{
      entity(id: "un-security-council") {
        __typename id kind name aliases description ${CITATIONS}
        ... on Institution {
          type parent { id } children { id } roles { id }
          mandates { id mandateType } tools { id coercion } channelsOut { id } channelsIn { id formal }
        }
      }
    }`);
    expect(entity).toMatchObject({ __typename: 'Institution', kind: 'Institution', type: 'un-organ', parent: { id: 'united-nations' } });
    expect(entity.aliases).toContain('UNSC');
    expect(entity.citations.length).toBeGreaterThan(0);
    expect(entity.citations[0].source).toMatchObject({ key: expect.any(String), title: expect.any(String), publisher: expect.any(String) });
    expect(entity.mandates.map((m: { id: string }) => m.id)).toContain('un-charter-chapter-vii');
    expect(entity.tools.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['chapter-vii-enforcement', 'targeted-sanctions']));
    // Sanctions are coercive without force: the data's "non-military-coercive" as the enum value.
    expect(entity.tools.find((t: { id: string }) => t.id === 'targeted-sanctions').coercion).toBe('non_military_coercive');
    expect(entity.channelsIn.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['article-99-referral-channel', 'arria-formula-meeting']));
    expect(entity.channelsOut.length).toBeGreaterThan(0);
  });

  it('returns a PolicyTool with who can use it, its legal basis, requirements and crimes addressed', async () => {
    const { entity } = await query(/* GraphQL */ `{
      entity(id: "au-intervention") {
        __typename
        ... on PolicyTool {
          pillars stages coercion
          usableBy { id } authorizedBy { id } addresses { id } blockableBy { id }
          requires { type label requirement what from { id } to { id } ${CITATIONS} }
        }
      }
    }`);
    expect(entity.__typename).toBe('PolicyTool');
    expect(entity.coercion).toBe('military');
    expect(entity.usableBy.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['african-union', 'au-assembly']));
    expect(entity.addresses.map((e: { id: string }) => e.id)).toContain('crimes-against-humanity');
    expect(entity.authorizedBy.length).toBeGreaterThan(0);
    const required = entity.requires.map((r: { to: { id: string } }) => r.to.id);
    expect(required).toEqual(expect.arrayContaining(['au-assembly', 'au-peace-and-security-council']));
    for (const requirement of entity.requires) {
      expect(requirement).toMatchObject({ type: 'REQUIRES', label: 'requires', requirement: 'decision', from: { id: 'au-intervention' } });
      expect(requirement.citations.length).toBeGreaterThan(0);
    }
  });

  it('returns a Channel with senders, recipients and flags', async () => {
    const { entity } = await query(/* GraphQL */ `{
      entity(id: "arria-formula-meeting") {
        __typename ... on Channel { formal confidential status senders { id } recipients { id } requires { to { id } } }
      }
    }`);
    expect(entity).toMatchObject({ __typename: 'Channel', formal: false, status: 'existing' });
    expect(entity.senders.map((e: { id: string }) => e.id)).toContain('civil-society');
    expect(entity.recipients.map((e: { id: string }) => e.id)).toContain('un-security-council');
    expect(entity.requires.map((r: { to: { id: string } }) => r.to.id)).toContain('un-security-council');
  });

  it('returns people and roles with dated holdings, and situations with their events', async () => {
    const { role } = await query(/* GraphQL */ `{
      role: entity(id: "un-secretary-general") { ... on Role { holders { person { id name } role { id } startDate endDate } } }
    }`);
    expect(role.holders.length).toBeGreaterThan(0);
    expect(role.holders.map((h: { person: { id: string } }) => h.person.id)).toContain('ban-ki-moon');
    const { situation } = await query(/* GraphQL */ `{
      situation: entity(id: "rwanda-1994") {
        __typename ... on Situation { startDate events { id date situation { id } } involved { type from { id } } }
      }
    }`);
    expect(situation.__typename).toBe('Situation');
    expect(situation.events.length).toBeGreaterThan(2);
    expect(situation.events.every((e: { situation: { id: string } }) => e.situation.id === 'rwanda-1994')).toBe(true);
    expect(situation.involved.some((r: { type: string }) => r.type === 'INVOLVED_IN')).toBe(true);
  });

  it('filters relationships by type and direction', async () => {
    const { entity } = await query(/* GraphQL */ `{
      entity(id: "civil-society") {
        out: relationships(types: [SENDS], direction: OUT) { type from { id } to { __typename id } ${CITATIONS} }
        all: relationships { id }
      }
    }`);
    expect(entity.out.length).toBeGreaterThan(3);
    for (const r of entity.out) {
      expect(r).toMatchObject({ type: 'SENDS', from: { id: 'civil-society' }, to: { __typename: 'Channel' } });
      expect(r.citations.length).toBeGreaterThan(0);
    }
    expect(entity.all.length).toBeGreaterThan(entity.out.length);
  });

  it('returns null for an unknown id', async () => {
    expect(await query('{ entity(id: "no-such-entity") { id } }')).toEqual({ entity: null });
  });
});
