import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import { validateDataset } from '../../seed/src/dataset/validateDataset.js';
import { graphSnapshot } from '../../seed/src/load/graphChecksum.js';
import { generateSynthetic, parentCopy, SYNTHETIC_DATASET } from '../../seed/src/synthetic/generate.js';
import { loadSynthetic, removeSynthetic } from '../../seed/src/synthetic/loadSynthetic.js';
import { projectRoot } from '../../server/src/projectRoot.js';
import { testDatabase, testDriver } from '../support/database.js';

const real = readDataset().dataset;
const SCALE = 3; // the real dataset and two copies
const CROSS_LINKS_PER_COPY = 2;

describe('the synthetic dataset generator', () => {
  const synthetic = generateSynthetic(real, SCALE);

  it('makes scale − 1 copies of every entity and relationship, with suffixed ids', () => {
    expect(synthetic.entities).toHaveLength(real.entities.length * (SCALE - 1));
    expect(synthetic.relationships).toHaveLength((real.relationships.length + CROSS_LINKS_PER_COPY) * (SCALE - 1));
    const ids = synthetic.entities.map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('un-security-council~1');
    expect(ids).toContain('un-security-council~2');
    expect(ids.every((id) => /~[12]$/.test(id))).toBe(true);
    const council = synthetic.entities.find((entity) => entity.id === 'un-security-council~2')!;
    const original = real.entities.find((entity) => entity.id === 'un-security-council')!;
    expect(council).toMatchObject({ kind: original.kind, aliases: original.aliases, citations: original.citations, properties: original.properties });
  });

  it('keeps the degree of every entity within its copy, and joins each copy to an earlier one', () => {
    const degree = (relationships: typeof real.relationships, id: string) => relationships.filter((r) => r.from === id || r.to === id).length;
    const inner = synthetic.relationships.filter((r) => r.from.endsWith('~2') && r.to.endsWith('~2'));
    expect(degree(inner, 'un-security-council~2')).toBe(degree(real.relationships, 'un-security-council'));
    expect(degree(inner, 'genocide~2')).toBe(degree(real.relationships, 'genocide'));
    const parent = parentCopy(2);
    const suffix = parent === 0 ? '' : `~${parent}`;
    expect(synthetic.relationships).toContainEqual(
      expect.objectContaining({ type: 'REACHES', from: 'sg-reports-to-security-council~2', to: `un-security-council${suffix}` }),
    );
  });

  it('validates against the model together with the real dataset', () => {
    const union = { sources: real.sources, entities: [...real.entities, ...synthetic.entities], relationships: [...real.relationships, ...synthetic.relationships] };
    expect(validateDataset(union)).toEqual([]);
  });
});

describe('loading and removing synthetic data', () => {
  let driver: Driver;
  afterAll(async () => {
    // Whatever happened, leave no synthetic data in the shared test database.
    if (driver) await removeSynthetic(driver);
  });

  it('loads in batches, and npm run seed -- --synthetic 0 leaves the real dataset exactly as it was', async () => {
    driver = await testDriver();
    const before = await graphSnapshot(driver);
    const lines: string[] = [];
    const loaded = await loadSynthetic(driver, real, SCALE, { batchSize: 500, onProgress: (line) => lines.push(line) });
    expect(loaded).toEqual({ entities: real.entities.length * 2, relationships: (real.relationships.length + CROSS_LINKS_PER_COPY) * 2 });
    expect(lines.length).toBeGreaterThan(4); // several batches, each its own transaction
    const count = async (cypher: string) => Number((await driver.executeQuery(cypher, { name: SYNTHETIC_DATASET })).records[0]!.get(0));
    expect(await count('MATCH (n:Entity {dataset: $name}) RETURN count(n)')).toBe(real.entities.length * 2);
    // Copy 1 always links to the real dataset (copy 0).
    expect(await count('MATCH (:Entity {dataset: $name})-[r]-(:Entity {dataset: "main"}) RETURN count(r)')).toBeGreaterThanOrEqual(CROSS_LINKS_PER_COPY);
    expect((await graphSnapshot(driver)).nodes).toBe(before.nodes + real.entities.length * 2);

    const { uri, user, password, database } = testDatabase();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(projectRoot(), 'seed', 'src', 'cli', 'seed.ts'), '--synthetic', '0'],
      { cwd: projectRoot(), env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database } },
    );
    expect(stdout).toContain(`Removed ${real.entities.length * 2} synthetic entities`);
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
