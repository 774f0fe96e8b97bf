/**
 * The seven example questions of DOMAIN.md, asked in Cypher of the real dataset loaded by the
 * test setup. Each expectation is what the reports say; the comment above it cites where.
 */
import { describe, expect, it } from 'vitest';
import { testDriver } from '../support/database.js';

const driver = await testDriver();

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: 'neo4j', routing: 'READ' });
  return records.map((record) => record.toObject());
}

describe('the questions of DOMAIN.md', () => {
  it('1. who can bring a potential genocide to the Security Council, and through which channel', async () => {
    const found = await rows(/* Cypher */ `
      MATCH (actor:Entity)-[:SENDS]->(channel:Channel)-[:REACHES]->(:Entity {id: 'un-security-council'})
      RETURN actor.id AS actor, channel.id AS channel`);
    const pairs = found.map((row) => `${row.actor} → ${row.channel}`);
    // ipi-2008: Article 99 lets the Secretary-General bring matters to the Council.
    expect(pairs).toContain('un-secretary-general → article-99-referral-channel');
    // ipi-2008: the SAPG's recommendations reach the Council through the Secretary-General.
    expect(pairs).toContain('special-adviser-prevention-of-genocide → sapg-to-sc-through-sg');
    // ipi-2008: NGOs brief Council members in Arria-formula meetings.
    expect(pairs).toContain('civil-society → arria-formula-meeting');
    // UN Charter Art. 35: any member state may bring a dispute or situation to the Council.
    expect(pairs).toContain('un-member-states → member-state-referral-to-council');
  });

  it('2. the regional organization claiming a right to intervene, its article, and whose decision it needs', async () => {
    const [answer] = await rows(/* Cypher */ `
      MATCH (article:Mandate)-[:AUTHORIZES]->(tool:PolicyTool {coercion: 'military'})
      WHERE all(crime IN ['genocide', 'war-crimes', 'crimes-against-humanity'] WHERE (tool)-[:ADDRESSES]->(:Crime {id: crime}))
        AND (article)-[:GRANTS]->(:Institution {type: 'regional-organization'})
      MATCH (article)-[:GRANTS]->(organization:Institution {type: 'regional-organization'})
      OPTIONAL MATCH (tool)-[needs:REQUIRES]->(decider)
      RETURN organization.id AS organization, article.id AS article, tool.id AS tool,
             collect(DISTINCT decider.id) AS deciders, collect(DISTINCT needs.requirement) AS requirements`);
    // ipi-2008: the AU Constitutive Act, Article 4(h), gives the Union the right to intervene in a
    // member state for war crimes, genocide and crimes against humanity, by decision of the Assembly.
    expect(answer).toMatchObject({ organization: 'african-union', article: 'au-constitutive-act-art-4h', tool: 'au-intervention' });
    expect(answer!.deciders).toEqual(expect.arrayContaining(['au-assembly', 'au-peace-and-security-council']));
    expect(answer!.requirements).toEqual(['decision']);
  });

  it('3. which tools belong to pillar 2, and who can use each', async () => {
    const found = await rows(/* Cypher */ `
      MATCH (tool:PolicyTool) WHERE 2 IN tool.pillars
      OPTIONAL MATCH (actor)-[:CAN_USE]->(tool)
      RETURN tool.id AS tool, collect(actor.id) AS actors`);
    const byTool = Object.fromEntries(found.map((row) => [row.tool, row.actors as string[]]));
    // ipi-2008 and stanley-2010b: capacity building and early warning assist states (pillar 2).
    expect(byTool['capacity-building']).toEqual(expect.arrayContaining(['special-adviser-r2p']));
    expect(byTool['early-warning']).toEqual(expect.arrayContaining(['special-adviser-prevention-of-genocide', 'un-ohchr']));
    // ipi-2008: the OSCE High Commissioner's quiet diplomacy.
    expect(byTool['quiet-diplomacy']).toEqual(expect.arrayContaining(['osce-hcnm']));
    // Every pillar-2 tool in the graph names at least one actor who can use it.
    const withoutActor = found.filter((row) => (row.actors as string[]).length === 0).map((row) => row.tool);
    expect(withoutActor).toEqual([]);
  });

  it('4. what information reaches the Special Adviser on the Prevention of Genocide, from which departments', async () => {
    const found = await rows(/* Cypher */ `
      MATCH (sender:Entity)-[:SENDS]->(channel:Channel)-[:REACHES]->(:Entity {id: 'special-adviser-prevention-of-genocide'})
      WHERE sender:Institution AND sender.type = 'un-office'
      RETURN DISTINCT sender.id AS department, channel.id AS channel`);
    // ipi-2008: the SAPG draws on information from DPA, OHCHR, OCHA and other parts of the system.
    expect(found.map((row) => row.department)).toEqual(expect.arrayContaining(['un-dpa', 'un-ohchr', 'un-ocha']));
    expect(new Set(found.map((row) => row.channel))).toContain('un-departments-to-osapg');
  });

  it('5. Rwanda, April 1994: the options the Secretary-General put to the Council, and the one it chose', async () => {
    const options = await rows(/* Cypher */ `
      MATCH (:Entity {id: 'boutros-boutros-ghali'})-[:PROPOSED]->(option:Event)-[:PART_OF]->(proposal:Event)-[:PART_OF]->(:Situation {id: 'rwanda-1994'})
      OPTIONAL MATCH (council:Entity {id: 'un-security-council'})-[chose:DECIDED]->(option)
      RETURN option.id AS option, option.date AS date, chose IS NOT NULL AS chosen
      ORDER BY option.id`);
    // ipi-2008: "three alternatives": reinforce under Chapter VII, reduce, or withdraw; the
    // Council "chose the second, calling for a sharp reduction of UNAMIR forces".
    expect(options).toEqual([
      { option: 'rwanda-1994-option-reduce', date: '1994-04', chosen: true },
      { option: 'rwanda-1994-option-reinforce', date: '1994-04', chosen: false },
      { option: 'rwanda-1994-option-withdraw', date: '1994-04', chosen: false },
    ]);
  });

  it('6. if the Security Council cannot act, which actors and tools remain for crimes against humanity', async () => {
    const found = await rows(/* Cypher */ `
      MATCH (tool:PolicyTool)-[:ADDRESSES]->(:Crime {id: 'crimes-against-humanity'})
      WHERE NOT (tool)-[:REQUIRES*1..3]->(:Entity {id: 'un-security-council'})
      MATCH (actor:Entity)-[:CAN_USE]->(tool)
      WHERE actor.id <> 'un-security-council'
      RETURN tool.id AS tool, collect(actor.id) AS actors`);
    const byTool = Object.fromEntries(found.map((row) => [row.tool, row.actors as string[]]));
    // ipi-2008: the AU may intervene under Article 4(h) by decision of its Assembly.
    expect(byTool['au-intervention']).toEqual(expect.arrayContaining(['african-union']));
    // ipi-2008: international tribunals and the ICC prosecute the crimes.
    expect(byTool.prosecution).toEqual(expect.arrayContaining(['icc']));
    // ipi-2008: the General Assembly and the Human Rights Council monitor.
    expect(byTool.monitoring).toEqual(expect.arrayContaining(['un-general-assembly', 'un-human-rights-council']));
    // Chapter VII enforcement needs the Council, so it is not among them.
    expect(Object.keys(byTool)).not.toContain('chapter-vii-enforcement');
    expect(Object.keys(byTool)).not.toContain('military-intervention');
  });

  it('7. the path from an embassy desk officer to senior US leadership, and the Task Force alternative', async () => {
    const paths = await rows(/* Cypher */ `
      MATCH path = (:Entity {id: 'embassy-desk-officer'}) ((a)-[:SENDS]->(c:Channel)-[:REACHES]->(b)){1,4} (:Entity {id: 'us-senior-leadership'})
      RETURN [node IN nodes(path) | node.id] AS steps, [channel IN c | channel.status] AS statuses
      ORDER BY size(steps)`);
    const routes = paths.map((row) => (row.steps as string[]).join(' → '));
    // stanley-2010b: reports pass from the desk officer through the regional bureau to the
    // functional bureaus before reaching senior officials.
    expect(routes).toContain(
      'embassy-desk-officer → us-embassy-reporting-chain → state-regional-bureaus → regional-to-functional-bureau-flow → state-functional-bureaus → functional-bureau-escalation → us-senior-leadership',
    );
    // stanley-2010b: the dissent channel is an existing shortcut.
    expect(routes).toContain('embassy-desk-officer → dissent-channel → us-senior-leadership');
    // stanley-2010b: the Genocide Prevention Task Force proposes a mass atrocity alert channel.
    expect(routes).toContain('embassy-desk-officer → mass-atrocity-alert-channel → us-senior-leadership');
    const [proposal] = await rows(/* Cypher */ `
      MATCH (gptf:Entity {id: 'genocide-prevention-task-force'})-[:PROPOSED]->(channel:Channel {id: 'mass-atrocity-alert-channel'})
      RETURN channel.status AS status`);
    expect(proposal).toEqual({ status: 'proposed' });
  });
});
