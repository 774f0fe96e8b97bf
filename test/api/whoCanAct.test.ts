import { describe, expect, it } from 'vitest';
import { startApiServer } from './apiTestServer.js';

const { query, queryError } = await startApiServer();

const WHO_CAN_ACT = /* GraphQL */ `
  query WhoCanAct($filter: ActFilter!) {
    whoCanAct(filter: $filter) {
      actor { id name }
      tool { id coercion pillars stages }
      conditions
      legalBasis { id }
      approvals { actor { id } requirement what via { id } citations { quote } }
      channels { id }
      citations { quote source { key } }
      score
      approvalCount
    }
  }`;

interface Option {
  actor: { id: string };
  tool: { id: string; coercion: string; pillars: number[]; stages: string[] };
  legalBasis: { id: string }[];
  approvals: { actor: { id: string }; requirement: string; via: { id: string }; citations: unknown[] }[];
  channels: { id: string }[];
  citations: { quote: string }[];
  score: number;
  approvalCount: number;
}
const whoCanAct = async (filter: Record<string, unknown>) => (await query<{ whoCanAct: Option[] }>(WHO_CAN_ACT, { filter })).whoCanAct;
const pairs = (options: Option[]) => options.map((option) => `${option.actor.id} ${option.tool.id}`);

describe('whoCanAct', () => {
  it('lists options for crimes against humanity with tools that address it, cited and ranked', async () => {
    const options = await whoCanAct({ crime: 'crimes-against-humanity' });
    expect(options.length).toBeGreaterThan(5);
    // From the data: the Council's Chapter VII enforcement, the ICC's prosecution, the AU's intervention.
    expect(pairs(options)).toEqual(expect.arrayContaining(['un-security-council chapter-vii-enforcement', 'icc prosecution', 'african-union au-intervention']));
    for (const option of options) expect(option.citations.length).toBeGreaterThan(0);
    const scores = options.map((option) => option.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('without the Security Council, drops what needs its decision and keeps the GA, HRC, ICC and AU', async () => {
    const all = await whoCanAct({ crime: 'crimes-against-humanity' });
    const options = await whoCanAct({ crime: 'crimes-against-humanity', withoutApprovalOf: ['un-security-council'] });
    const kept = pairs(options);
    // Chapter VII enforcement and military intervention require a Council decision (tools.yaml).
    expect(kept).not.toContain('un-security-council chapter-vii-enforcement');
    expect(kept.some((pair) => pair.endsWith(' military-intervention'))).toBe(false);
    expect(options.some((option) => option.actor.id === 'un-security-council')).toBe(false);
    // What remains, as the reports say: monitoring by the General Assembly and Human Rights
    // Council, prosecution by the ICC, the AU's Article 4(h) intervention on its own decision.
    expect(kept).toEqual(expect.arrayContaining([
      'un-general-assembly monitoring',
      'un-human-rights-council monitoring',
      'icc prosecution',
      'african-union au-intervention',
    ]));
    expect(options.length).toBeLessThan(all.length);
    // No remaining option, nor any listed channel, needs the Council.
    for (const option of options) expect(option.approvals.map((approval) => approval.actor.id)).not.toContain('un-security-council');
  });

  it('names the approvals the AU intervention needs, with the tool as the link that needs them', async () => {
    const options = await whoCanAct({ crime: 'crimes-against-humanity', withoutApprovalOf: ['un-security-council'] });
    const au = options.find((option) => option.actor.id === 'african-union' && option.tool.id === 'au-intervention')!;
    const fromTool = au.approvals.filter((approval) => approval.via.id === 'au-intervention');
    expect(fromTool.map((approval) => approval.actor.id)).toEqual(expect.arrayContaining(['au-assembly', 'au-peace-and-security-council']));
    expect(fromTool.every((approval) => approval.requirement === 'decision' && approval.citations.length > 0)).toBe(true);
    expect(au.approvalCount).toBe(2);
    expect(au.legalBasis.map((mandate) => mandate.id)).toContain('au-constitutive-act-art-4h');
  });

  it('without the AU Assembly, the AU intervention is gone', async () => {
    const options = await whoCanAct({ crime: 'crimes-against-humanity', withoutApprovalOf: ['au-assembly'] });
    expect(options.some((option) => option.tool.id === 'au-intervention')).toBe(false);
  });

  it('filters by pillar, stage and maximum coercion', async () => {
    const pillarTwo = await whoCanAct({ pillar: 2 });
    expect(pillarTwo.length).toBeGreaterThan(0);
    expect(pillarTwo.every((option) => option.tool.pillars.includes(2))).toBe(true);
    const persuasive = await whoCanAct({ maxCoercion: 'persuasive', stage: 'respond' });
    expect(persuasive.length).toBeGreaterThan(0);
    expect(persuasive.every((option) => option.tool.coercion === 'persuasive' && option.tool.stages.includes('respond'))).toBe(true);
    const nonMilitary = await whoCanAct({ maxCoercion: 'non_military_coercive' });
    expect(nonMilitary.some((option) => option.tool.coercion === 'non_military_coercive')).toBe(true);
    expect(nonMilitary.some((option) => option.tool.coercion === 'military')).toBe(false);
  });

  it('filters by situation', async () => {
    const options = await whoCanAct({ situation: 'rwanda-1994' });
    expect(options.length).toBeGreaterThan(0);
  });

  it('ranks options needing fewer approvals, then less coercion, first', async () => {
    const options = await whoCanAct({ crime: 'crimes-against-humanity' });
    for (let index = 1; index < options.length; index += 1) {
      expect(options[index - 1]!.approvalCount).toBeLessThanOrEqual(options[index]!.approvalCount);
    }
  });

  it('refuses unknown ids and a bad pillar, naming the argument', async () => {
    const crime = await queryError(WHO_CAN_ACT, { filter: { crime: 'piracy' } });
    expect(crime.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter', argumentPath: 'filter.crime' });
    const without = await queryError(WHO_CAN_ACT, { filter: { withoutApprovalOf: ['un-security-council', 'galactic-senate'] } });
    expect(without.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'filter.withoutApprovalOf' });
    expect(without.message).toContain('galactic-senate');
    const pillar = await queryError(WHO_CAN_ACT, { filter: { pillar: 4 } });
    expect(pillar.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'filter.pillar' });
  });
});
