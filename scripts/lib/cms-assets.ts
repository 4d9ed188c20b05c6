/**
 * The files of Sveltia CMS the editor at /admin/ loads, copied from node_modules into
 * dist/admin/cms/ by the build (src/pages/admin/cms/[...file].ts) and served from there by `npm run edit`.
 * The bundle loads its interface strings from https://unpkg.com/@sveltia/cms@<version>/locales/ and
 * its three fonts (Latin text, code, and the Material Symbols icons) from cdn.jsdelivr.net; those
 * addresses are rewritten to /admin/cms/, where the Japanese and English strings and the fonts
 * (from the @fontsource packages) are copied. Each rewrite is checked: the build fails if the bundle
 * no longer holds the address (a new version changed how it loads them) rather than letting the
 * editor load them from another host (which the admin's CSP would block anyway).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const unpkg = 'https://unpkg.com/@sveltia/cms';
export const cmsBase = '/admin/cms/sveltia';

const jsdelivr = 'https://cdn.jsdelivr.net/fontsource/fonts/';
/** The fonts the bundle names, and the @fontsource file that is the same font. */
const fonts: Record<string, string> = {
  'source-sans-3:vf@5.3.0/latin-wght-normal.woff2': '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'noto-mono@5.3.0/latin-400-normal.woff2': '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  'material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2': '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};

type Asset = { body: string | Uint8Array<ArrayBuffer>; type: string };
let cached: Record<string, Asset> | undefined;

/**
 * A file of an installed package, found in the nearest node_modules up from here as Node would
 * (the fontsource packages' `exports` do not list their font files, so they cannot be resolved).
 */
function packageFile(path: string): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', path);
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error(`${path} is not installed: run npm ci`);
  }
}

export function cmsAssets(): Record<string, Asset> {
  if (cached) return cached;
  // The package exports only its module entry (npm/index.js), so its folder is found from there.
  const root = dirname(dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const bundle = readFileSync(join(root, 'dist/sveltia-cms.js'), 'utf8');
  if (!bundle.includes(`${unpkg}\``)) throw new Error(`@sveltia/cms ${version}: the bundle no longer loads its strings from ${unpkg}; see scripts/lib/cms-assets.ts`);
  let code = bundle.replaceAll(`${unpkg}\``, `${cmsBase}\``);
  const fontFiles: Record<string, Asset> = {};
  for (const [name, file] of Object.entries(fonts)) {
    if (!code.includes(`${jsdelivr}${name}`)) throw new Error(`@sveltia/cms ${version}: the bundle no longer loads the font ${jsdelivr}${name}; see scripts/lib/cms-assets.ts`);
    const local = `fonts/${name.replace(/[:@]/g, '-')}`;
    code = code.replaceAll(`${jsdelivr}${name}`, `/admin/cms/${local}`);
    fontFiles[local] = { body: new Uint8Array(readFileSync(packageFile(file))), type: 'font/woff2' };
  }
  const js = 'text/javascript; charset=utf-8';
  const json = 'application/json; charset=utf-8';
  cached = {
    'sveltia-cms.js': { body: code, type: js },
    // The CMS asks for its latest version here (on unpkg) to offer an update; the installed one is the answer.
    'sveltia/package.json': { body: JSON.stringify({ name: '@sveltia/cms', version }), type: json },
    ...fontFiles,
    [`sveltia@${version}/locales/ja.json`]: { body: readFileSync(join(root, 'locales/ja.json'), 'utf8'), type: json },
    [`sveltia@${version}/locales/en-US.json`]: { body: readFileSync(join(root, 'locales/en-US.json'), 'utf8'), type: json },
    // Before the CMS starts: its interface in Japanese unless the editor chose another language; and
    // zoom kept possible (the CMS adds a viewport <meta> that forbids it, which fails WCAG 1.4.4).
    'setup.js': {
      body: [
        `try{const k='sveltia-cms.prefs',p=JSON.parse(localStorage.getItem(k)||'{}');if(!p.locale){p.locale='ja';localStorage.setItem(k,JSON.stringify(p));}}catch{}`,
        `new MutationObserver(()=>{for(const m of document.querySelectorAll('meta[name="viewport"]')){const c=m.getAttribute('content')||'';const f=c.replace(/,\\s*(maximum-scale|user-scalable)=[^,]*/g,'');if(f!==c)m.setAttribute('content',f);}}).observe(document.documentElement,{childList:true,subtree:true,attributes:true,attributeFilter:['content']});`,
      ].join('\n'),
      type: js,
    },
  };
  return cached;
}

/** getStaticPaths and GET of the route serving the assets ending in `ext` (src/pages/admin/cms/). */
export function cmsAssetRoute(ext: string) {
  const names = () => Object.keys(cmsAssets()).filter((name) => name.endsWith(ext));
  return {
    paths: () => names().map((name) => ({ params: { file: name.slice(0, -ext.length) } })),
    get: ({ params }: { params: Record<string, string | undefined> }) => {
      const asset = cmsAssets()[`${params.file ?? ''}${ext}`];
      if (!asset) return new Response('Not found', { status: 404 });
      return new Response(asset.body, { headers: { 'Content-Type': asset.type } });
    },
  };
}
