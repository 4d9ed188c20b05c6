// After the pages are written, one pass over every page: Japanese line breaks by phrase (BudouX; why
// in src/lib/format/phrase-breaks.ts) and the Content-Security-Policy (src/config/csp.ts), then
// dist/_headers with the union of the pages' inline-script hashes. Each page is read and written
// once, by two worker threads.
// The pass starts when Astro has written the pages (astro:build:generated) and is awaited at the end
// (astro:build:done), so that it runs beside Starlight's Pagefind instead of after it (×50 content,
// built in turns with the pass after Pagefind: 59–61 s against 64–67 s). That is safe because a page
// is replaced by one rename, so Pagefind reads it whole, before or after the pass, and the pass adds
// no text: a <wbr> and a <meta> are not indexed (test/e2e/search-index-holds-the-published-pages.test.ts
// builds a second index from the published pages and requires the same files).
// A page with an inline script inside <main> (only content can put one there) fails the build.
import { readdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { adminPolicy, headersFile } from './csp.ts';

/**
 * Runs the worker on `files` (paths relative to `root`).
 * @param {{ root: string, files: string[], admin: string }} job
 * @returns {Promise<{ japanese: number, hashes: string[], blocked: string[], unrendered: string[] }>}
 */
function finishInWorker(job) {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./finish-pages-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => code !== 0 && fail(new Error(`the finishing worker stopped with code ${code}`)));
  });
}

/**
 * The pass over the built site at `root`: the pages' results, or the error that fails the build.
 * @param {string} root
 */
async function finish(root) {
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
  const admin = adminPolicy({ github: Boolean(process.env.CMS_REPO) });
  const workers = Math.min(2, availableParallelism());
  // Every n-th file to each worker: list pages and pages of each language are spread evenly.
  const results = await Promise.all(Array.from({ length: workers }, (_, w) => finishInWorker({ root, files: files.filter((_, i) => i % workers === w), admin })));
  const blocked = results.flatMap((r) => r.blocked);
  if (blocked.length > 0) throw new Error(`Content must not run scripts:\n${blocked.join('\n')}`);
  const unrendered = results.flatMap((r) => r.unrendered);
  if (unrendered.length > 0) throw new Error(`A page shows a Markdown body without SitePage, which renders its figures and marks (src/lib/content/facts-in-prose.ts):\n${unrendered.join('\n')}`);
  const hashes = new Set(results.flatMap((r) => r.hashes));
  await writeFile(join(root, '_headers'), headersFile(hashes, admin));
  const japanese = results.reduce((sum, r) => sum + r.japanese, 0);
  return `${files.length} pages: CSP with ${hashes.size} inline script hashes (and dist/_headers); Japanese phrase breaks (BudouX) in ${japanese}.`;
}

/** @returns {import('astro').AstroIntegration} */
export function finishPages() {
  /** @type {URL | undefined} */
  let outDir;
  /** @type {Promise<string> | undefined} */
  let finishing;
  return {
    name: 'finish-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:generated': () => {
        if (!outDir) return;
        finishing = finish(fileURLToPath(outDir));
        // Its error is thrown where it is awaited, in astro:build:done; until then it must not count as unhandled.
        finishing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await (finishing ?? finish(fileURLToPath(dir))));
      },
    },
  };
}
