/**
 * Size budgets (issue 8), checked on the built output by size, never by time. Sizes are gzip bytes
 * of the built files a page fetched, measured in Chromium.
 * - a content page loads no more JavaScript than plain Starlight (our 404 page: Starlight with no
 *   site feature) plus 2 KB;
 * - a chart page adds at most 55 KB of JavaScript over a content page, at load or when a chart
 *   scrolls into view;
 * - a calculator page adds at most 15 KB of its own JavaScript;
 * - no page transfers more than 150 KB at load;
 * - no web font is downloaded.
 */
export interface PageWeight {
  path: string;
  kind: 'content' | 'chart' | 'calculator';
  /** gzip bytes fetched at load, by type. */
  atLoad: { html: number; css: number; js: number; font: number; other: number };
  /** gzip bytes of JavaScript fetched later (charts scrolled into view). */
  jsLater: number;
}

export const budgets = { contentJsOverBaseline: 2_048, chartJs: 55 * 1024, calculatorJs: 15 * 1024, totalAtLoad: 150 * 1024 };

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
  }
  return problems;
}
