/**
 * npx tsx bench/api/markdown.ts [FILE]
 * Prints the figures of an API benchmark run (default bench/results/api-latest.json) as the
 * Markdown table the README shows: p50 / p95 in ms and req/s for each side, per scale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../server/src/projectRoot.js';
import type { LoadResult } from './load.js';

interface Run {
  scales: { scale: number; nodes: number; relationships: number; results: { scenario: string; graphql: LoadResult; raw: LoadResult; peer?: LoadResult }[] }[];
}

const file = process.argv[2] ?? join(projectRoot(), 'bench', 'results', 'api-latest.json');
const run = JSON.parse(readFileSync(file, 'utf8')) as Run;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const cell = (r?: LoadResult) =>
  !r ? '' : r.requests === 0 ? `timeout (${r.errors} failed)` : `${ms(r.medianMs)} / ${ms(r.p95Ms)} · ${r.perSecond.toFixed(1)}/s${r.errors ? ` (${r.errors} failed)` : ''}`;
console.log('| scale (nodes / relationships) | query | our API | raw driver | @neo4j/graphql |');
console.log('| --- | --- | --- | --- | --- |');
for (const { scale, nodes, relationships, results } of run.scales) {
  for (const { scenario, graphql, raw, peer } of results) {
    console.log(`| ${scale}x (${nodes.toLocaleString('en')} / ${relationships.toLocaleString('en')}) | ${scenario} | ${cell(graphql)} | ${cell(raw)} | ${cell(peer)} |`);
  }
}
