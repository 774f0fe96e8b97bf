/** Characters with a meaning in Lucene's query syntax; a backslash makes each literal. */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (character) => `\\${character}`);
}

/**
 * Turns what a person typed into a Lucene query that searches for it literally: every term
 * escaped, all terms required, the last one also as a prefix (autocomplete while typing).
 * Text is lower-cased first so that words like AND, OR, NOT are searched for, not obeyed.
 * Returns null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const terms = text.toLowerCase().split(/\s+/).filter((term) => term.length > 0);
  if (terms.length === 0) return null;
  const escaped = terms.map(escapeLucene);
  const last = escaped.length - 1;
  const clauses = escaped.map((term, index) => (index === last ? `(${term} OR ${term}*)` : term));
  return clauses.join(' AND ');
}

/**
 * A phrase query on names and aliases only, for finding exact matches without scanning:
 * `name:"un security council" OR aliasText:"un security council"`. Null when nothing is left.
 */
export function toLucenePhrase(text: string): string | null {
  const terms = text.toLowerCase().split(/\s+/).filter((term) => term.length > 0);
  if (terms.length === 0) return null;
  const phrase = terms.map(escapeLucene).join(' ');
  return `name:"${phrase}" OR aliasText:"${phrase}"`;
}
