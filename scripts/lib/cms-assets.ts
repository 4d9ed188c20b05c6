/**
 * The files of Sveltia CMS the editor at /admin/ loads, copied from node_modules into
 * dist/admin/cms/ by the build (src/pages/admin/cms/[...file].ts) and served from there by `npm run edit`.
 * The bundle loads its interface strings from https://unpkg.com/@sveltia/cms@<version>/locales/; that
 * base is rewritten to /admin/cms/sveltia@<version>, where the Japanese and English strings are
 * copied. The rewrite is checked: the build fails if the bundle no longer holds the address
 * (a new version changed how it loads them) rather than silently loading them from unpkg.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const unpkg = 'https://unpkg.com/@sveltia/cms';
export const cmsBase = '/admin/cms/sveltia';

let cached: Record<string, { body: string; type: string }> | undefined;

export function cmsAssets(): Record<string, { body: string; type: string }> {
  if (cached) return cached;
  // The package exports only its module entry (npm/index.js), so its folder is found from there.
  const root = dirname(dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const bundle = readFileSync(join(root, 'dist/sveltia-cms.js'), 'utf8');
  if (!bundle.includes(`${unpkg}\``)) throw new Error(`@sveltia/cms ${version}: the bundle no longer loads its strings from ${unpkg}; see scripts/lib/cms-assets.ts`);
  const js = 'text/javascript; charset=utf-8';
  const json = 'application/json; charset=utf-8';
  cached = {
    'sveltia-cms.js': { body: bundle.replaceAll(`${unpkg}\``, `${cmsBase}\``), type: js },
    [`sveltia@${version}/locales/ja.json`]: { body: readFileSync(join(root, 'locales/ja.json'), 'utf8'), type: json },
    [`sveltia@${version}/locales/en-US.json`]: { body: readFileSync(join(root, 'locales/en-US.json'), 'utf8'), type: json },
    // Sets the interface language to Japanese before the CMS starts, unless the editor chose another.
    'setup.js': {
      body: `try{const k='sveltia-cms.prefs',p=JSON.parse(localStorage.getItem(k)||'{}');if(!p.locale){p.locale='ja';localStorage.setItem(k,JSON.stringify(p));}}catch{}\n`,
      type: js,
    },
  };
  return cached;
}
