// After the build, one pass over every page: Japanese line breaks by phrase (BudouX; why in
// src/lib/format/phrase-breaks.ts) and the Content-Security-Policy (src/config/csp.ts), then
// dist/_headers with the union of the pages' inline-script hashes. Each page is read and written
// once, by two worker threads: the pass is CPU work and the build has nothing else to do by then.
// Listed after Starlight, so Pagefind indexes the pages before this pass (it would index the same
// text after it: a <wbr> and a <meta> add none).
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

/** @returns {import('astro').AstroIntegration} */
export function finishPages() {
  return {
    name: 'finish-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
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
        logger.info(`${files.length} pages: CSP with ${hashes.size} inline script hashes (and dist/_headers); Japanese phrase breaks (BudouX) in ${japanese}.`);
      },
    },
  };
}
