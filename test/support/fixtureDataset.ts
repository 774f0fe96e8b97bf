import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const FIXTURE_SOURCE_TEXT = `The Security Council has the primary responsibility for
the maintenance of international peace and security. The “Arria-formula” meetings allow
civil society to brief Council members informally.`;

/** A small valid dataset, every id and source key prefixed so tests never collide. */
export function baseFixture(prefix: string) {
  const source = `${prefix}-report`;
  const cite = (quote: string) => [{ source, quote }];
  return {
    sources: [
      { key: source, title: 'A test report', publisher: 'Test publisher', date: '2010-01', file: `${prefix}.txt` },
    ],
    files: {
      'actors.yaml': {
        entities: [
          {
            id: `${prefix}-council`,
            kind: 'Institution',
            type: 'un-organ',
            name: 'Test Council',
            aliases: ['TC'],
            description: 'A council for tests.',
            citations: cite('the primary responsibility for the maintenance of international peace'),
          },
          {
            id: `${prefix}-briefing`,
            kind: 'PolicyTool',
            name: 'Informal briefing',
            description: 'Briefing members informally.',
            pillars: [3],
            stages: ['respond'],
            coercion: 'persuasive',
            citations: cite('meetings allow civil society to brief Council members informally'),
          },
        ] as Record<string, unknown>[],
        relationships: [
          {
            type: 'CAN_USE',
            from: `${prefix}-council`,
            to: `${prefix}-briefing`,
            conditions: 'when members agree',
            citations: cite('The "Arria-formula" meetings allow civil society'),
          },
        ] as Record<string, unknown>[],
      },
    } as Record<string, { entities: Record<string, unknown>[]; relationships: Record<string, unknown>[] }>,
  };
}

export type Fixture = ReturnType<typeof baseFixture>;

/** Writes a fixture as a dataset folder (sources.yaml, data/*.yaml) plus a sources folder. */
export function writeFixture(fixture: Fixture, raw: Record<string, string> = {}): { dir: string; sourcesDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ape-dataset-'));
  const sourcesDir = join(dir, 'texts');
  mkdirSync(join(dir, 'data'));
  mkdirSync(sourcesDir);
  writeFileSync(join(dir, 'sources.yaml'), stringify({ sources: fixture.sources }));
  for (const [name, content] of Object.entries(fixture.files)) writeFileSync(join(dir, 'data', name), stringify(content));
  for (const [name, content] of Object.entries(raw)) writeFileSync(join(dir, 'data', name), content);
  for (const source of fixture.sources) if (source.file) writeFileSync(join(sourcesDir, source.file), FIXTURE_SOURCE_TEXT);
  return { dir, sourcesDir };
}
