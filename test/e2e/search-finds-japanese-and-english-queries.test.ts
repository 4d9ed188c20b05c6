/**
 * Search regression suite: the real queries of test/e2e/search-queries.ts, run against the built
 * Pagefind index (dist/pagefind/) with the dialog's own ranking options (src/config/search.mjs).
 *
 * It prints, per language of the page searched from, precision at 1 and at 3: the share of queries
 * whose first result, or one of whose first three results, is an expected page (with one relevant
 * answer per query this is the hit rate at k), overall and for the query kinds that need care
 * (across languages, typed full-width, names with a glossary entry). It fails when precision at 1
 * falls below 0.9 or precision at 3 below 1 (every query finds its page among the first three) in either language, and lists the queries that missed.
 *
 * Japanese compounds are the weak spot this guards: Pagefind segments Japanese with a dictionary at
 * index time and with Intl.Segmenter at query time, and the two can disagree (Pagefind issue #1237).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queries, type SearchQuery } from './search-queries';
import { normalizeQuery } from '../../src/lib/search/normalize-query';
import { subjects } from '../../src/lib/search/keywords';
import { loadSearch, removeShims, type NodeSearch, type SearchLang } from './support/pagefind-node';
import { dist } from './support/site';

const threshold = 1;
const thresholdAt1 = 0.9;
const searches = {} as Record<SearchLang, NodeSearch>;
const outcomes: { q: SearchQuery; results: string[]; rank: number }[] = [];

beforeAll(async () => {
  for (const lang of ['ja', 'en'] as const) searches[lang] = await loadSearch(resolve(dist), lang);
  for (const q of queries) {
    // Normalised as the dialog and /search/ do before they ask Pagefind.
    const results = await searches[q.lang].search(normalizeQuery(q.query));
    const rank = results.findIndex((url) => q.expect.includes(url)) + 1; // 0 when not found at all
    outcomes.push({ q, results, rank });
  }
});
afterAll(() => removeShims());

interface Score {
  n: number;
  at1: number;
  at3: number;
}
function score(list: typeof outcomes): Score {
  const n = list.length;
  return {
    n,
    at1: list.filter((o) => o.rank === 1).length / n,
    at3: list.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
  };
}
const fmt = (s: Score) => `n=${String(s.n).padStart(3)}  precision@1 ${s.at1.toFixed(3)}  precision@3 ${s.at3.toFixed(3)}`;

describe('site search, on the built index', () => {
  it('has at least 40 queries with expectations that exist as pages', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const { fileFor } = await import('./support/site');
    const missing = queries.flatMap((q) => q.expect).filter((path) => !fileFor(path));
    expect(missing, 'expected pages that are not built').toEqual([]);
  });

  it('gives subjects only to pages that exist, in both languages', async () => {
    const { fileFor } = await import('./support/site');
    const missing = Object.keys(subjects).flatMap((path) => [path, `/en${path}`]).filter((path) => !fileFor(path));
    expect(missing, 'paths in `subjects` of src/lib/search/keywords.ts that are not built').toEqual([]);
  });

  it(`puts an expected page first for at least ${thresholdAt1 * 100}% and among the first three for at least ${threshold * 100}% of the queries in each language`, () => {
    const lines = ['', 'Search regression suite (language = the page searched from)'];
    const byLang = {} as Record<SearchLang, Score>;
    for (const lang of ['ja', 'en'] as const) {
      const mine = outcomes.filter((o) => o.q.lang === lang);
      byLang[lang] = score(mine);
      lines.push(`  ${lang}  ${fmt(byLang[lang])}`);
      for (const [kind, label] of [['cross', 'across languages'], ['fullwidth', 'typed full-width'], ['glossary', 'names with a glossary entry']] as const) {
        const some = mine.filter((o) => o.q.kind === kind);
        if (some.length > 0) lines.push(`      of which ${label.padEnd(27)} ${fmt(score(some))}`);
      }
    }
    const misses = outcomes.filter((o) => o.rank === 0 || o.rank > 3);
    if (misses.length > 0) {
      lines.push('  Missed (not in the first three):');
      for (const { q, results, rank } of misses) {
        lines.push(`    [${q.lang}] ${q.query} (${q.kind}): expected ${q.expect.join(' | ')}; rank ${rank || '-'}; got ${results.slice(0, 3).join(', ') || 'nothing'}`);
      }
    }
    const late = outcomes.filter((o) => o.rank === 2 || o.rank === 3);
    for (const { q, results, rank } of late) lines.push(`  Found at rank ${rank}: [${q.lang}] ${q.query} (${q.kind}), first ${results[0]}`);
    console.log(lines.join('\n'));

    expect(byLang.ja.at3, 'Japanese precision@3').toBeGreaterThanOrEqual(threshold);
    expect(byLang.en.at3, 'English precision@3').toBeGreaterThanOrEqual(threshold);
    expect(byLang.ja.at1, 'Japanese precision@1').toBeGreaterThanOrEqual(thresholdAt1);
    expect(byLang.en.at1, 'English precision@1').toBeGreaterThanOrEqual(thresholdAt1);
  });
});
