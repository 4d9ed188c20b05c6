/**
 * The glossary entry a search query names, for the definition card above the results of /search/.
 * A query names an entry when, read the way the index reads it (normalizeQuery, then ignoring case,
 * spaces and hyphens), it is the entry's title, a part of the title in brackets, one of its aliases
 * or its reading: 「部会」, "working group", ＥｃｏＮｉＰａｓｓ and "econipass" all name the entry
 * 部会 or EcoNiPass（エコニパス）. A query that merely contains a term (部会の活動) names nothing: the
 * card is for someone asking what a word is, and a wrong card is worse than none.
 */
import { normalizeQuery } from './normalize-query';

export interface Definition {
  /** The entry's title, shown on the card. */
  title: string;
  /** Its one-line definition (the entry's description). */
  description: string;
  /** The glossary page. */
  href: string;
  /** Every way to name it: title, aliases, reading. */
  terms: string[];
}

const key = (text: string) => normalizeQuery(text).toLowerCase().replace(/[\s\-‐・]+/gu, '');

/** The names in a title: 「EcoNiPass（エコニパス）」 → EcoNiPass（エコニパス）, EcoNiPass, エコニパス. */
export function namesInTitle(title: string): string[] {
  const [, name, inBrackets] = title.match(/^(.+?)[（(](.+)[）)]$/u) ?? [];
  if (name === undefined || inBrackets === undefined) return [title];
  return [title, name.trim(), ...inBrackets.split('・').map((s) => s.trim())];
}

/** The entry the query names, or undefined. */
export function definitionFor(query: string, definitions: readonly Definition[]): Definition | undefined {
  const wanted = key(query);
  if (wanted.length === 0) return undefined;
  return definitions.find((d) => [...namesInTitle(d.title), ...d.terms].some((term) => key(term) === wanted));
}
