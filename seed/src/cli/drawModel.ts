/**
 * npm run docs:model
 * Draws the model (kinds and the relationship types that join them) from the vocabulary
 * constants into docs/model.dot and, when Graphviz is installed, docs/model.svg, so the
 * picture in docs/model.md can never drift from what the validator enforces.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, RELATIONSHIP_TYPES, type Kind } from '../model/vocabulary.js';
import { DEFAULT_DATASET_DIR } from '../dataset/readDataset.js';

const ACTORS: Kind[] = ['Institution', 'Role', 'Person', 'State'];
const ACTOR_NODE = 'Actor';

/** Shapes match the client's legend, so the picture and the canvas read the same way. */
const SHAPES: Record<Kind, string> = {
  Institution: 'box',
  Role: 'ellipse',
  Person: 'circle',
  State: 'octagon',
  Mandate: 'note',
  PolicyTool: 'hexagon',
  Channel: 'cds',
  Crime: 'doubleoctagon',
  Situation: 'tab',
  Event: 'diamond',
  RiskFactor: 'triangle',
};

/** The four actor kinds draw as one node: what matters is what any actor can do. */
const node = (kind: Kind) => (ACTORS.includes(kind) ? ACTOR_NODE : kind);

// One edge per pair of nodes, labelled with every relationship type that joins them.
const labels = new Map<string, Set<string>>();
for (const [type, spec] of Object.entries(RELATIONSHIP_TYPES)) {
  for (const [froms, tos] of spec.pairs) {
    for (const from of froms) {
      for (const to of tos) {
        const key = `${node(from)}|${node(to)}`;
        labels.set(key, (labels.get(key) ?? new Set()).add(type));
      }
    }
  }
}

const lines = [
  'digraph model {',
  '  graph [rankdir=LR, fontname="Helvetica", fontsize=11, nodesep=0.5, ranksep=1.1];',
  '  node [fontname="Helvetica", fontsize=12, style=filled, fillcolor="#f4f4f4"];',
  '  edge [fontname="Helvetica", fontsize=9, color="#555555"];',
  `  ${ACTOR_NODE} [shape=box, style="rounded,filled", fillcolor="#e8eef8", label="Actor\\nInstitution · Role · Person · State"];`,
  ...KINDS.filter((kind) => !ACTORS.includes(kind)).map((kind) => `  ${kind} [shape=${SHAPES[kind]}];`),
  ...[...labels].map(([key, types]) => {
    const [from, to] = key.split('|');
    return `  ${from} -> ${to} [label="${[...types].join('\\n')}"];`;
  }),
  '}',
];

const docs = join(DEFAULT_DATASET_DIR, '..', 'docs');
writeFileSync(join(docs, 'model.dot'), `${lines.join('\n')}\n`);
const dot = spawnSync('dot', ['-Tsvg', join(docs, 'model.dot'), '-o', join(docs, 'model.svg')], { stdio: 'inherit' });
if (dot.error) console.log('Wrote docs/model.dot; install Graphviz (`dot`) to render docs/model.svg.');
else console.log('Wrote docs/model.dot and docs/model.svg.');
