import type { Kind } from '../../../../seed/src/model/vocabulary.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, checkRange } from '../../graphql/errors.js';
import { int } from '../../graphql/read.js';
import type { EntityRow } from '../entity/rows.js';
import { SEARCH, SEARCH_EXACT } from './cypher.js';
import { toLucenePhrase, toLuceneQuery } from './luceneQuery.js';

const MAX_TEXT = 200;

/** Says which field most plausibly matched, for the client to highlight. */
function matchedOn(entity: EntityRow, text: string, exact: boolean): 'name' | 'alias' | 'description' {
  const lower = text.toLowerCase().trim();
  if (exact) return entity.name.toLowerCase() === lower ? 'name' : 'alias';
  const words = lower.split(/\s+/).filter(Boolean);
  const contains = (value: string) => words.every((word) => value.toLowerCase().includes(word));
  if (contains(entity.name)) return 'name';
  if (entity.aliases.some(contains) || contains(entity.aliases.join(' '))) return 'alias';
  return 'description';
}

export const searchResolvers = {
  Query: {
    async search(_parent: unknown, args: { text: string; kinds?: Kind[] | null; first: number }, context: Context) {
      const first = checkRange('first', args.first, 1, 50);
      const text = args.text.trim();
      if (text.length === 0) throw badUserInput('text', '`text` is empty; type at least one character.');
      if (text.length > MAX_TEXT) throw badUserInput('text', `\`text\` is longer than ${MAX_TEXT} characters.`);
      const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
      const lucene = toLuceneQuery(text);
      const phrase = toLucenePhrase(text);
      const params = { exact: text.toLowerCase(), lucene, phrase, kinds, first: int(first), candidates: int(first * 10 + 50) };
      const rows = await context.read<{ entity: EntityRow; score: number; exact: boolean }>(lucene ? SEARCH : SEARCH_EXACT, params);
      // Exact matches rank first; give them a score above every full-text score to say so.
      const top = Math.max(0, ...rows.filter((row) => !row.exact).map((row) => row.score));
      return rows.map((row) => {
        context.loaders.entity.prime(row.entity.id, row.entity);
        const score = row.exact ? top + 1 : row.score;
        return { entity: row.entity, score, matchedOn: matchedOn(row.entity, text, row.exact) };
      });
    },
  },
};
