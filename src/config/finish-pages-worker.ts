// The worker of src/config/finish-pages.mjs: phrase breaks and the CSP for its share of the pages.
// It runs in Node itself, not through Vite, so it imports files by their full names.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { insertPhraseBreaks } from '../lib/format/phrase-breaks.ts';
import { secureAdminPage, securePage } from './csp.ts';
import { hasFactPlaceholder } from '../lib/content/facts-in-prose.ts';

interface Job {
  root: string;
  files: string[];
  admin: string;
}
function isJob(data: unknown): data is Job {
  if (typeof data !== 'object' || data === null || !('root' in data && 'files' in data && 'admin' in data)) return false;
  return typeof data.root === 'string' && typeof data.admin === 'string' && Array.isArray(data.files) && data.files.every((f: unknown) => typeof f === 'string');
}
if (!isJob(workerData)) throw new Error('finish-pages worker: started without its job (root, files, admin)');
const { root, files, admin } = workerData;
// A page is replaced in one step (written beside, then renamed over it): Pagefind may be reading the
// site at the same time (finish-pages.mjs), and must never see half a page.
async function replace(path: string, html: string) {
  await writeFile(`${path}.finishing`, html);
  await rename(`${path}.finishing`, path);
}
const hashes = new Set<string>();
const blocked: string[] = [];
const unrendered: string[] = [];
let japanese = 0;
for (const file of files) {
  const path = join(root, file);
  let html = await readFile(path, 'utf8');
  if (hasFactPlaceholder(html)) unrendered.push(`dist/${file}`);
  if (/<html[^>]*\slang="ja"/.test(html)) {
    html = insertPhraseBreaks(html);
    japanese++;
  }
  if (file === join('admin', 'index.html')) {
    // The editors' CMS page has its own policy (adminPolicy), with no inline script at all.
    await replace(path, secureAdminPage(html, admin));
    continue;
  }
  let page;
  try {
    page = securePage(html);
  } catch (error) {
    throw new Error(`dist/${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const h of page.hashes) hashes.add(h);
  for (const b of page.blocked) blocked.push(`dist/${file}: an inline <script> in the page's content ("${b}…") is blocked by the CSP`);
  await replace(path, page.html);
}
parentPort?.postMessage({ japanese, hashes: [...hashes], blocked, unrendered });
