import type { Driver } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import type { Dataset } from '../../seed/src/dataset/types.js';
import { graphSnapshot } from '../../seed/src/load/graphChecksum.js';
import { DatasetInvalidError, loadDataset } from '../../seed/src/load/loadDataset.js';
import { testDriver, uniquePrefix } from '../support/database.js';
import { baseFixture, writeFixture } from '../support/fixtureDataset.js';

const driver: Driver = await testDriver();
const loaded: string[] = [];

/** A fixture dataset with its own prefix, read from files like the real one. */
function fixtureDataset(edit?: (fixture: ReturnType<typeof baseFixture>) => void): { name: string; dataset: Dataset } {
  const name = uniquePrefix();
  const fixture = baseFixture(name);
  edit?.(fixture);
  const { dir } = writeFixture(fixture);
  const { dataset, errors } = readDataset(dir);
  expect(errors).toEqual([]);
  loaded.push(name);
  return { name, dataset };
}

afterEach(async () => {
  // Remove only what this file's tests loaded.
  await driver.executeQuery('MATCH (n) WHERE (n:Entity OR n:Source) AND n.dataset IN $names DETACH DELETE n', { names: loaded.splice(0) });
});

describe('loading the dataset', () => {
  it('writes entities with their labels, properties and citations, and relationships between them', async () => {
    const { name, dataset } = fixtureDataset();
    const result = await loadDataset(driver, dataset, { dataset: name });
    expect(result).toMatchObject({ entities: 2, relationships: 1, sources: 1 });
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity {id: $from})-[r:CAN_USE]->(b:Entity:PolicyTool {id: $to})
       RETURN labels(a) AS labels, a.aliases AS aliases, a.citationSources AS sources, r.conditions AS conditions, b.pillars AS pillars`,
      { from: `${name}-council`, to: `${name}-briefing` },
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.toObject()).toEqual({
      labels: expect.arrayContaining(['Entity', 'Institution']),
      aliases: ['TC'],
      sources: [`${name}-report`],
      conditions: 'when members agree',
      pillars: [3],
    });
  });

  it('changes nothing when the same files are loaded twice', async () => {
    const { name, dataset } = fixtureDataset();
    await loadDataset(driver, dataset, { dataset: name });
    const once = await graphSnapshot(driver);
    await loadDataset(driver, dataset, { dataset: name });
    expect(await graphSnapshot(driver)).toEqual(once);
  });

  it('also changes nothing when the real dataset is loaded again', async () => {
    const before = await graphSnapshot(driver);
    const { dataset } = readDataset();
    await loadDataset(driver, dataset);
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('leaves the database exactly as it was when loading fails half-way', async () => {
    const { name, dataset } = fixtureDataset();
    await loadDataset(driver, dataset, { dataset: name });
    const before = await graphSnapshot(driver);
    const changed = { ...dataset, entities: dataset.entities.map((entity) => ({ ...entity, name: `${entity.name} (edited)` })) };
    // The failure strikes after the entities were written, while relationships are written.
    const failing = loadDataset(driver, changed, {
      dataset: name,
      onProgress: (step) => {
        if (step.startsWith('Relationships')) throw new Error('simulated crash half-way');
      },
    });
    await expect(failing).rejects.toThrow('simulated crash half-way');
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('refuses an invalid dataset without writing anything', async () => {
    const before = await graphSnapshot(driver);
    const { name, dataset } = fixtureDataset();
    const broken = { ...dataset, relationships: [{ ...dataset.relationships[0]!, to: `${name}-missing` }] };
    const attempt = loadDataset(driver, broken, { dataset: name });
    await expect(attempt).rejects.toBeInstanceOf(DatasetInvalidError);
    await expect(loadDataset(driver, broken, { dataset: name })).rejects.toThrow(/unknown id "t[0-9a-f]+-missing"/);
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('removes what was deleted from the files, and --reset reloads from scratch', async () => {
    const { name, dataset } = fixtureDataset();
    await loadDataset(driver, dataset, { dataset: name });
    const fewer = { ...dataset, entities: dataset.entities.slice(0, 1), relationships: [] };
    const result = await loadDataset(driver, fewer, { dataset: name });
    expect(result).toMatchObject({ removedEntities: 1, removedRelationships: 1 });
    const count = async () =>
      Number((await driver.executeQuery('MATCH (n:Entity {dataset: $name}) RETURN count(n) AS n', { name })).records[0]!.get('n'));
    expect(await count()).toBe(1);
    await loadDataset(driver, dataset, { dataset: name, reset: true });
    expect(await count()).toBe(2);
  });
});
