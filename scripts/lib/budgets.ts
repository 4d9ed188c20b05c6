/**
 * Size budgets (issue 8), checked on the built output by size, never by time. Sizes are gzip bytes
 * of the built files a page fetched, measured in Chromium (weigh.ts).
 * - a content page loads no more JavaScript than a plain Starlight doc page (built from
 *   plain-starlight.ts in the same run) plus 4 KB (2 KB until December 2026; raised for the
 *   reliability marks that open on a tap (0.2 KB), the page frame's script (0.5 KB) and, on the
 *   home page, the live subsidy status through the shared client kit: 3.6 KB over plain Starlight);
 * - a chart page adds at most 55 KB of JavaScript over a content page, at load or when a chart
 *   scrolls into view;
 * - a calculator page adds at most 15 KB of its own JavaScript;
 * - the search page adds at most 30 KB: it loads Pagefind's loader and worker (about 26 KB) at once,
 *   because it lists results and filter counts before anyone types;
 * - no page transfers more than 150 KB at load;
 * - no web font is downloaded.
 */
import type { Weighed } from './weigh.ts';

export interface PageWeight {
  path: string;
  kind: 'content' | 'chart' | 'calculator' | 'search';
  /** gzip bytes fetched at load, by type. */
  atLoad: { html: number; css: number; js: number; font: number; other: number };
  /** gzip bytes of JavaScript fetched later (charts scrolled into view). */
  jsLater: number;
}

export const budgets = { contentJsOverBaseline: 4_096, chartJs: 55 * 1024, calculatorJs: 15 * 1024, searchJs: 30 * 1024, totalAtLoad: 150 * 1024 };

export function checkBudgets(pages: PageWeight[], baselineJs: number): string[] {
  const contentJs = Math.max(0, ...pages.filter((p) => p.kind === 'content').map((p) => p.atLoad.js));
  const problems: string[] = [];
  for (const p of pages) {
    const total = Object.values(p.atLoad).reduce((a, b) => a + b, 0);
    if (total > budgets.totalAtLoad) problems.push(`${p.path}: ${total} B at load > ${budgets.totalAtLoad}`);
    if (p.atLoad.font > 0) problems.push(`${p.path}: downloads ${p.atLoad.font} B of web fonts`);
    if (p.kind === 'content' && p.atLoad.js > baselineJs + budgets.contentJsOverBaseline)
      problems.push(`${p.path}: ${p.atLoad.js} B of JavaScript > plain Starlight ${baselineJs} + ${budgets.contentJsOverBaseline}`);
    const chartJs = p.atLoad.js + p.jsLater - contentJs;
    if (p.kind === 'chart' && chartJs > budgets.chartJs) problems.push(`${p.path}: charts add ${chartJs} B > ${budgets.chartJs}`);
    if (p.kind === 'calculator' && p.atLoad.js - contentJs > budgets.calculatorJs)
      problems.push(`${p.path}: ${p.atLoad.js - contentJs} B of its own JavaScript > ${budgets.calculatorJs}`);
    if (p.kind === 'search' && p.atLoad.js - contentJs > budgets.searchJs)
      problems.push(`${p.path}: ${p.atLoad.js - contentJs} B of its own JavaScript > ${budgets.searchJs}`);
  }
  return problems;
}

/** The budget view of a page weighed by weigh.ts: gzip bytes at load, JavaScript loaded later by charts. */
export const toPageWeight = (w: Weighed, kind: PageWeight['kind']): PageWeight => ({ path: w.path, kind, atLoad: w.atLoad.gzip, jsLater: w.charts.gzip.js });
