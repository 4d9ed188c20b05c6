/**
 * A strict Content-Security-Policy for a built page, put in by the pass that finishes the written
 * pages (src/config/finish-pages.mjs), and dist/_headers for static hosts.
 * - Inline scripts are allowed by SHA-256 hash, but only those the build itself produces: Starlight's
 *   theme, sidebar and search scripts and Astro's small inlined modules, all outside `<main>`. An
 *   inline script inside `<main>` can only come from content (our own components load their
 *   scripts from files), so it gets no hash: the browser refuses to run it, and the build reports it.
 * - 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; it does not allow eval().
 * - Styles keep 'unsafe-inline': Starlight writes style="" attributes, which hashes cannot allow.
 * Written here because Astro's own CSP (security.csp) hashes styles too, which would block those
 * style attributes, and does not cover Starlight's inline scripts.
 */
import { createHash } from 'node:crypto';

const inline = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")([^>]*)>([\s\S]*?)<\/script>/g;

export function policy(hashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].map((h) => `'${h}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export interface SecuredPage {
  html: string;
  /** Hashes of the inline scripts allowed to run. */
  hashes: Set<string>;
  /** Inline scripts inside <main> (from content), left without a hash: the first 60 characters of each. */
  blocked: string[];
}

/** `html` with a CSP <meta> holding `content` right after <meta charset>, before any script. */
const withPolicy = (html: string, content: string) =>
  html.replace(/(<head[^>]*>\s*(?:<meta charset="[^"]*"\s*\/?>)?)/i, `$1<meta http-equiv="Content-Security-Policy" content="${content}">`);

/** The page with its CSP <meta> right after <meta charset>, before any script. */
export function securePage(html: string): SecuredPage {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('the page already has a CSP');
  const mainStart = html.search(/<main[\s>]/i);
  const mainEnd = html.search(/<\/main>/i);
  const hashes = new Set<string>();
  const blocked: string[] = [];
  for (const m of html.matchAll(inline)) {
    const body = m[2] ?? '';
    if (mainStart >= 0 && m.index > mainStart && m.index < mainEnd) {
      blocked.push(body.trim().slice(0, 60));
      continue;
    }
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  const out = withPolicy(html, policy(hashes));
  if (out === html) throw new Error('no <head> to put the CSP in');
  return { html: out, hashes, blocked };
}

/**
 * The policy of the editors' CMS page (/admin/, Sveltia CMS), which loads only its own two script
 * files and runs no inline script. Each rule looser than a page's, and why:
 * - style-src 'unsafe-inline': the CMS (Svelte) writes its component styles and style="" attributes inline;
 * - img-src blob: data:: previews of images being edited are blob: and data: URLs made in the browser;
 * - connect-src data:: the CMS reads its own inlined logo and icons with fetch() from data: URLs
 *   (a data: URL carries its content in itself, so this reaches no host);
 * - with a GitHub backend (`github`: the production build, CMS_REPO set):
 *   connect-src https://api.github.com, through which the CMS reads the repository and opens the
 *   pull request of each edit, and img-src https://avatars.githubusercontent.com, the signed-in
 *   editor's picture. The login itself happens in a popup on the auth worker's own page, so it
 *   needs no rule here. Without CMS_REPO (local backend), neither is allowed.
 * Left refused on purpose: https://www.githubstatus.com, which the CMS polls for GitHub's health on
 * the GitHub backend (an outage banner, not needed to edit; the local configuration does not make
 * the request at all: src/lib/cms/config.ts, localApiRoot).
 * Everything else stays as strict as the site's: no other host, no frames, no plugins.
 */
export function adminPolicy({ github }: { github: boolean }): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${github ? ' https://avatars.githubusercontent.com' : ''}`,
    "font-src 'self'",
    `connect-src 'self' data:${github ? ' https://api.github.com' : ''}`,
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Files named by a hash of their content never change under one name, so a browser may keep them:
 * the rule for dist/_headers and for the test server (scripts/lib/serve.ts).
 */
export const hashedAssets = { path: '/_astro/', cacheControl: 'public, max-age=31536000, immutable' };

// Dataset embeds (/metrics/<id>/embed/, both languages) are made to be framed by other sites: their
// rules detach the site-wide CSP header and X-Frame-Options (Cloudflare Pages' "! Header" syntax; a
// second CSP header would be joined to the first and both enforced). They keep the CSP <meta> of
// the page, which holds every rule but frame-ancestors: a <meta> cannot carry that directive.
// Every other page keeps frame-ancestors 'none' and X-Frame-Options: DENY.
const embedRule = (path: string) => `${path}
  ! Content-Security-Policy
  ! X-Frame-Options
`;

/** dist/_headers: the union of the pages' script hashes, and the headers a <meta> cannot carry. */
export function headersFile(hashes: Iterable<string>, admin: string): string {
  return `/*
  Content-Security-Policy: ${policy(hashes)}; frame-ancestors 'none'
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
  X-Frame-Options: DENY

${hashedAssets.path}*
  Cache-Control: ${hashedAssets.cacheControl}

${embedRule('/metrics/:id/embed/')}
${embedRule('/en/metrics/:id/embed/')}
/admin/
  ! Content-Security-Policy
  Content-Security-Policy: ${admin}; frame-ancestors 'none'
`;
}

/** The editors' CMS page, with its own policy (adminPolicy) put in after <meta charset>. */
export function secureAdminPage(html: string, admin: string): string {
  return withPolicy(html, admin);
}
