import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '../../seed/src/dataset/readDataset.js';
import type { Dataset } from '../../seed/src/dataset/types.js';
import { graphSnapshot } from '../../seed/src/load/graphChecksum.js';
import { DatasetInvalidError, loadDataset } from '../../seed/src/load/loadDataset.js';
import { testDatabase, testDriver, uniquePrefix } from '../support/database.js';
import { baseFixture, writeFixture } from '../support/fixtureDataset.js';

const driver: Driver = await testDriver();
const loaded: string[] = [];

/** A fixture dataset with its own prefix, read from files like the real one. */
function fixtureDataset(edit?: (fixture: ReturnType<typeof baseFixture>) => void, raw: Record<string, string> = {}, name = uniquePrefix()): { name: string; dataset: Dataset } {
  const fixture = baseFixture(name);
  edit?.(fixture);
  const { dir } = writeFixture(fixture, raw);
  const { dataset, errors } = readDataset(dir);
  rmSync(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
  loaded.push(name);
  return { name, dataset };
}

/** The fixture's `actors.yaml` entities and relationships. */
const actors = (fixture: ReturnType<typeof baseFixture>) => fixture.files['actors.yaml']!;

/** A second file defining `id` again, as another kind (a State). */
const redefinition = (id: string, source: string) =>
  `entities:\n  - id: ${id}\n    kind: State\n    name: Again\n    description: A contradiction.\n    citations:\n      - source: ${source}\n        quote: "the maintenance of international peace and security"\n`;

/** Runs `npm run seed -- --dir DIR` (from source) against the test database. */
function runSeed(dir: string): Promise<{ code: number | null; output: string }> {
  const { uri, user, password, database } = testDatabase();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/src/cli/seed.ts', '--dir', dir], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
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
  describe('refuses a contradictory dataset, naming the file and path, and changes nothing', () => {
    it('the same id defined in two files with different kinds', async () => {
      // The database already holds this dataset's previous, valid version: it must stay.
      const { name, dataset } = fixtureDataset();
      await loadDataset(driver, dataset, { dataset: name });
      const before = await graphSnapshot(driver);
      const { dataset: contradictory } = fixtureDataset(undefined, { 'more.yaml': redefinition(`${name}-council`, `${name}-report`) }, name);
      const attempt = loadDataset(driver, contradictory, { dataset: name });
      await expect(attempt).rejects.toBeInstanceOf(DatasetInvalidError);
      const error = (await attempt.catch((caught: unknown) => caught)) as DatasetInvalidError;
      expect(error.errors).toEqual([
        expect.objectContaining({ file: 'data/more.yaml', path: 'entities[0]', message: expect.stringMatching(new RegExp(`duplicate id "${name}-council" \\(first defined in data/actors\\.yaml`)) }),
      ]);
      expect(error.message).toContain('data/more.yaml');
      expect(await graphSnapshot(driver)).toEqual(before);
    });

    it('a relationship joining kinds its type forbids', async () => {
      const { name, dataset } = fixtureDataset();
      await loadDataset(driver, dataset, { dataset: name });
      const before = await graphSnapshot(driver);
      // CAN_USE goes from an actor to a tool, not from a tool to an institution.
      const { dataset: contradictory } = fixtureDataset(
        (fixture) => {
          const relationship = actors(fixture).relationships[0]!;
          relationship.from = `${name}-briefing`;
          relationship.to = `${name}-council`;
        },
        {},
        name,
      );
      const attempt = loadDataset(driver, contradictory, { dataset: name });
      await expect(attempt).rejects.toBeInstanceOf(DatasetInvalidError);
      const error = (await attempt.catch((caught: unknown) => caught)) as DatasetInvalidError;
      expect(error.errors).toEqual([
        expect.objectContaining({
          file: 'data/actors.yaml',
          path: 'relationships[0].type',
          message: `CAN_USE cannot join a PolicyTool ("${name}-briefing") to a Institution ("${name}-council")`,
        }),
      ]);
      expect(await graphSnapshot(driver)).toEqual(before);
    });

    it('through `npm run seed`: a malformed file and a contradictory one are refused with file and line', async () => {
      const before = await graphSnapshot(driver);
      const name = uniquePrefix();
      const malformed = writeFixture(baseFixture(name), { 'broken.yaml': 'entities:\n  - id: x\n    name: [unclosed\n' });
      const contradictory = writeFixture(baseFixture(name), { 'more.yaml': redefinition(`${name}-council`, `${name}-report`) });
      try {
        const first = await runSeed(malformed.dir);
        expect(first.code).toBe(1);
        expect(first.output).toContain('nothing was loaded');
        expect(first.output).toMatch(/data\/broken\.yaml:\d+ YAML syntax/);

        const second = await runSeed(contradictory.dir);
        expect(second.code).toBe(1);
        expect(second.output).toContain('nothing was loaded');
        expect(second.output).toMatch(new RegExp(`data/more\\.yaml:2 entities\\[0\\]: duplicate id "${name}-council"`));
        expect(second.output).not.toMatch(/\n\s+at /); // a message, not a stack trace
      } finally {
        for (const { dir } of [malformed, contradictory]) rmSync(dir, { recursive: true, force: true });
      }
      expect(await graphSnapshot(driver)).toEqual(before);
    });
  });
});
