// Search benchmark (a measurement, not a test: it prints figures and never fails on them).
// Usage: npm run build && npm run bench:search [-- runs]
// 1. The size of the Pagefind index in dist/pagefind/: files and bytes, by kind and language.
// (3, at the end: precision@1 and @3 per language of the regression queries, test/e2e/search-queries.ts.)
// 2. The time to the first result in Chromium, for a few queries in both languages:
//    - "dialog": from typing the query into Starlight's search dialog to the first result link
//      on screen (includes the dialog's input debounce), in a fresh browser context (cold: the
//      WebAssembly and index chunks are fetched) and again with a second query on the same page (warm);
//    - "api": pagefind.search() plus the first result's data, through pagefind.js in the page;
//    and the bytes fetched from /pagefind/ from loading the page to the dialog's first result.
// Serves dist/ itself on a loopback port; no other host is contacted.
import { existsSync, readFileSync } from 'node:fs';
import { indexParts } from './lib/pagefind-index.ts';
import { join } from 'node:path';
import { serveDir } from './lib/serve.ts';
import { launchChromium } from './lib/browser.ts';
import type { Page, Response } from 'playwright-core';

const runs = Number(process.argv[2] ?? 5);
const dist = join(process.cwd(), 'dist');
const bundle = join(dist, 'pagefind');
if (!existsSync(join(bundle, 'pagefind.js'))) {
  console.error('No dist/pagefind/pagefind.js: run `npm run build` first.');
  process.exit(1);
}

// Queries: [page to search from, query, a second query for the warm measurement]
const queries = [
  ['/', '水素', '洋上風力'],
  ['/', '補助率', 'メタネーション'],
  ['/en/', 'offshore wind', 'hydrogen'],
  ['/en/', '水素', 'subsidy'],
];

// 1. Index size
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { page_count: number }> };
console.log(`Pagefind ${entry.version} index in dist/pagefind/`);
for (const [lang, { page_count }] of Object.entries(entry.languages)) console.log(`  ${lang}: ${page_count} pages`);
for (const { part, files: n, bytes } of indexParts(bundle)) console.log(`  ${part.padEnd(32)} ${String(n).padStart(4)} files  ${kb(bytes).padStart(10)}`);

// 2. Time to first result
// The same loopback server and Chromium as the tests and `npm run bench` (scripts/lib/).
const { server, origin } = await serveDir(dist);
const browser = await launchChromium();

/** Types `query` into the open dialog and resolves with the milliseconds until a result link shows. */
async function dialogTime(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve, reject) => {
        const root = document.querySelector('#starlight__search');
        const input = root?.querySelector('input');
        if (!root || !input) return reject(new Error('no search dialog on the page'));
        const start = performance.now();
        // Done when the results message names this query and a result link is on screen.
        const done = () => {
          const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
          if (message.includes(q) && root.querySelector('.pagefind-ui__result-link')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error(`no result for ${q} in 15 s`)), 15_000);
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

async function apiTime(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    // A URL of the served site, resolved by the browser, not by TypeScript.
    const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }> };
    const start = performance.now();
    const search = await pagefind.search(q);
    await search.results[0]?.data();
    return performance.now() - start;
  }, query);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
console.log(`\nTime to first result in Chromium (median of ${runs} runs, each in a fresh browser context)`);
console.log(`  ${'page'.padEnd(6)} ${'query'.padEnd(16)} dialog cold  dialog warm  api cold   api warm   /pagefind/ bytes to first result`);
for (const [path, query, second] of queries as Array<[string, string, string]>) {
  const cold: number[] = [];
  const warm: number[] = [];
  const apiCold: number[] = [];
  const apiWarm: number[] = [];
  const fetched: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const api of [false, true]) {
      const context = await browser.newContext();
      // Every response from /pagefind/ (the Web Worker's included) from page load to the first result.
      const sizes: Promise<number>[] = [];
      const onResponse = (response: Response) => {
        if (new URL(response.url()).pathname.startsWith('/pagefind/')) sizes.push(response.body().then((b) => b.length, () => 0));
      };
      if (!api) context.on('response', onResponse);
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      if (api) {
        apiCold.push(await apiTime(page, query));
        apiWarm.push(await apiTime(page, second));
      } else {
        await page.click('button[data-open-modal]');
        // The dialog loads Pagefind's UI when the browser is idle after the page loads.
        await page.waitForSelector('#starlight__search input', { timeout: 15_000 });
        cold.push(await dialogTime(page, query));
        context.off('response', onResponse);
        fetched.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0));
        warm.push(await dialogTime(page, second));
      }
      await context.close();
    }
  }
  console.log(`  ${path.padEnd(6)} ${query.padEnd(16)} ${ms(median(cold))}     ${ms(median(warm))}     ${ms(median(apiCold))}   ${ms(median(apiWarm))}   ${kb(median(fetched)).padStart(10)}`);
}
console.log('\n"warm" is a second query on the same page; the dialog waits for a pause in typing before it searches.');

await browser.close();
server.close();

// 3. Precision of the regression queries (the same measure as test/e2e/search-finds-japanese-and-english-queries.test.ts).
const { loadSearch, removeShims } = await import('../test/e2e/support/pagefind-node.ts');
const { queries: suite } = await import('../test/e2e/search-queries.ts');
const { normalizeQuery } = await import('../src/lib/search/normalize-query.ts');
console.log('\nPrecision of the search regression queries (language = the page searched from)');
for (const lang of ['ja', 'en'] as const) {
  const search = await loadSearch(bundle.replace(/\/pagefind$/, ''), lang);
  const mine = suite.filter((q) => q.lang === lang);
  const ranks = await Promise.all(mine.map(async (q) => (await search.search(normalizeQuery(q.query))).findIndex((url) => q.expect.includes(url)) + 1));
  const at = (k: number) => (ranks.filter((r) => r >= 1 && r <= k).length / ranks.length).toFixed(3);
  console.log(`  ${lang}  n=${String(ranks.length).padStart(3)}  precision@1 ${at(1)}  precision@3 ${at(3)}`);
}
removeShims();
