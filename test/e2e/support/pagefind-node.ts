/**
 * The built Pagefind index (dist/pagefind/), searched from Node with the same pagefind.js and the
 * same ranking options the site's search dialog uses, so that search quality can be tested without
 * a browser. Two shims make pagefind.js run outside a browser: `fetch` answers `file:` URLs from
 * disk, and a minimal `document` tells Pagefind the page language (it picks the language's index
 * from `<html lang>`). Pagefind then searches on the main thread (no Web Worker in Node).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindOptions } from '../../../src/config/search.mjs';

export type SearchLang = 'ja' | 'en';

export interface NodeSearch {
  /** The URL paths of the results, best first, as the dialog lists them. */
  search(query: string, filters?: Record<string, string | string[]>): Promise<string[]>;
}

let shimmed: { fetch: typeof fetch; document: unknown } | undefined;
/** The language the `document` shim reports, read by Pagefind when an instance is created. */
let documentLang = 'unknown';

function installShims() {
  if (shimmed) return;
  shimmed = { fetch: globalThis.fetch, document: (globalThis as { document?: unknown }).document };
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.protocol !== 'file:') return realFetch(input, init);
    url.search = '';
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  (globalThis as { document?: unknown }).document = {
    currentScript: null,
    querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => documentLang } : null),
  };
}

/** Puts back the real `fetch` and removes the `document` shim. */
export function removeShims() {
  if (!shimmed) return;
  globalThis.fetch = shimmed.fetch;
  (globalThis as { document?: unknown }).document = shimmed.document;
  shimmed = undefined;
}

/**
 * One search per language. Each language imports its own copy of pagefind.js (the query string
 * makes a separate module): two instances in one module share one WebAssembly state, and the
 * second then finds nothing.
 */
export async function loadSearch(dist: string, lang: SearchLang): Promise<NodeSearch> {
  installShims();
  const bundle = pathToFileURL(join(dist, 'pagefind') + '/').href;
  const mod = await import(/* @vite-ignore */ `${bundle}pagefind.js?lang=${lang}`);
  documentLang = lang;
  const instance = mod.createInstance({ basePath: bundle, baseUrl: '/', ...pagefindOptions });
  await instance.init();
  return {
    async search(query, filters = {}) {
      const response = await instance.search(query, { filters });
      const data = await Promise.all(response.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
      return data.map((d) => d.url);
    },
  };
}
