import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../seed/src/dataset/checkDataset.js';
import { formatError } from '../../seed/src/dataset/types.js';
import { baseFixture, writeFixture, type Fixture } from '../support/fixtureDataset.js';

const P = 'fx';

/** Checks a fixture after `edit` and returns its errors as "file:line path: message" lines. */
function errorsAfter(edit: (fixture: Fixture) => void, raw: Record<string, string> = {}): string[] {
  const fixture = baseFixture(P);
  edit(fixture);
  const { dir, sourcesDir } = writeFixture(fixture, raw);
  return checkDataset(dir, sourcesDir).errors.map(formatError);
}

const actors = (fixture: Fixture) => fixture.files['actors.yaml']!;

describe('seed:check', () => {
  it('accepts a valid dataset and verifies its quotes', () => {
    const { dir, sourcesDir } = writeFixture(baseFixture(P));
    const report = checkDataset(dir, sourcesDir);
    expect(report.errors).toEqual([]);
    expect(report.quotes).toEqual({ verified: 3, unchecked: 0 });
    expect(report.dataset.entities.map((entity) => entity.id)).toEqual([`${P}-council`, `${P}-briefing`]);
  });

  it('names the file, line and path of a missing field', () => {
    const errors = errorsAfter((fixture) => delete actors(fixture).entities[0]!.name);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/actors\.yaml:\d+ entities\[0\]\.name: /);
  });

  it('rejects a value outside a fixed vocabulary', () => {
    const errors = errorsAfter((fixture) => (actors(fixture).entities[1]!.coercion = 'violent'));
    expect(errors).toEqual([expect.stringMatching(/entities\[1\]\.coercion: .*persuasive.*non-military-coercive.*military/)]);
  });

  it('rejects a misspelt field instead of dropping it', () => {
    const errors = errorsAfter((fixture) => (actors(fixture).entities[0]!.descripton = 'typo'));
    expect(errors).toEqual([expect.stringMatching(/entities\[0\].*descripton/)]);
  });

  it('rejects an id that is not a readable slug', () => {
    const errors = errorsAfter((fixture) => (actors(fixture).entities[0]!.id = 'Security Council'));
    expect(errors.some((error) => /entities\[0\]\.id: must be a lowercase slug/.test(error))).toBe(true);
  });

  it('reports a duplicate id with where it was first defined', () => {
    const errors = errorsAfter(
      () => undefined,
      {
        'more.yaml': `entities:\n  - id: ${P}-council\n    kind: State\n    name: Again\n    description: A duplicate.\n    citations:\n      - source: ${P}-report\n        quote: "the maintenance of international peace and security"\n`,
      },
    );
    expect(errors).toEqual([expect.stringMatching(/^data\/more\.yaml:2 entities\[0\]: duplicate id "fx-council" \(first defined in data\/actors\.yaml:\d+\)/)]);
  });

  it('reports a relationship to an unknown id', () => {
    const errors = errorsAfter((fixture) => (actors(fixture).relationships[0]!.to = `${P}-nowhere`));
    expect(errors).toEqual([expect.stringMatching(/relationships\[0\]\.to: unknown id "fx-nowhere"/)]);
  });

  it('reports a relationship type between kinds it does not join', () => {
    const errors = errorsAfter((fixture) => {
      const relationship = actors(fixture).relationships[0]!;
      relationship.from = `${P}-briefing`;
      relationship.to = `${P}-council`;
    });
    expect(errors).toEqual([expect.stringMatching(/relationships\[0\]\.type: CAN_USE cannot join a PolicyTool \("fx-briefing"\) to a Institution \("fx-council"\)/)]);
  });

  it('requires a citation on every entity and relationship', () => {
    const errors = errorsAfter((fixture) => {
      actors(fixture).entities[0]!.citations = [];
      delete actors(fixture).relationships[0]!.citations;
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/entities\[0\]\.citations: needs at least one citation/);
    expect(errors[1]).toMatch(/relationships\[0\]\.citations: /);
  });

  it('reports an unknown source key', () => {
    const errors = errorsAfter((fixture) => (actors(fixture).entities[0]!.citations = [{ source: 'nowhere-2020', quote: 'some words that were said' }]));
    expect(errors).toEqual([expect.stringMatching(/entities\[0\]\.citations\[0\]\.source: unknown source key "nowhere-2020"/)]);
  });

  it('reports a quote that is not in its source, folding only spaces and quote marks', () => {
    const errors = errorsAfter((fixture) => {
      // Straight quotes and a line break still match the curly quotes in the text…
      actors(fixture).relationships[0]!.citations = [{ source: `${P}-report`, quote: 'The "Arria-formula"\n   meetings' }];
      // …but a changed word does not.
      actors(fixture).entities[1]!.citations = [{ source: `${P}-report`, quote: 'meetings allow NGOs to brief Council members' }];
    });
    expect(errors).toEqual([expect.stringMatching(/entities\[1\]\.citations\[0\]\.quote: quote not found in fx-report/)]);
  });

  it('requires REQUIRES to say what is required', () => {
    const errors = errorsAfter((fixture) => {
      actors(fixture).relationships.push({
        type: 'REQUIRES',
        from: `${P}-briefing`,
        to: `${P}-council`,
        citations: [{ source: `${P}-report`, quote: 'brief Council members informally' }],
      });
    });
    expect(errors).toEqual([expect.stringMatching(/relationships\[1\]: REQUIRES needs a "requirement"/)]);
  });

  it('reports YAML syntax errors with their line', () => {
    const errors = errorsAfter(() => undefined, { 'broken.yaml': 'entities:\n  - id: x\n    name: [unclosed\n' });
    expect(errors.some((error) => /^data\/broken\.yaml:\d+ YAML syntax/.test(error))).toBe(true);
  });
});
