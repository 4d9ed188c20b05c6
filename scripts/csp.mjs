// After `astro build`: a strict Content-Security-Policy for every page.
// - Each inline <script> (Starlight's theme and sidebar scripts, Astro's small inlined modules) is
//   allowed by its SHA-256 hash: no 'unsafe-inline' for scripts.
// - 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; it does not allow eval().
// - Styles keep 'unsafe-inline': Starlight writes style="" attributes, which hashes cannot allow.
// The policy goes into each page as a <meta> tag (before any script) and, with the union of all
// hashes and the headers a <meta> cannot carry, into dist/_headers for static hosts.
// Written here because Astro's own CSP (security.csp) hashes styles too, which would block those
// style attributes, and does not cover Starlight's inline scripts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(process.cwd(), 'dist');
const inline = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")([^>]*)>([\s\S]*?)<\/script>/g;

export function policy(hashes) {
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

const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.html')) pages.push(full);
  }
};
walk(dist);

const all = new Set();
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const hashes = new Set();
  for (const [, , body] of html.matchAll(inline)) {
    const hash = `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
    hashes.add(hash);
    all.add(hash);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${file} already has a CSP`);
  // Right after <meta charset>, before any script.
  const out = html.replace(/(<head[^>]*>\s*(?:<meta charset="[^"]*"\s*\/?>)?)/i, `$1${meta}`);
  if (out === html) throw new Error(`${file}: no <head> to put the CSP in`);
  writeFileSync(file, out);
}

// Dataset embeds (/metrics/<id>/embed/, both languages) are made to be framed by other sites: their
// rules detach the site-wide CSP header and X-Frame-Options (Cloudflare Pages' "! Header" syntax; a
// second CSP header would be joined to the first and both enforced). They keep the CSP <meta> of
// the page, which holds every rule but frame-ancestors: a <meta> cannot carry that directive.
// Every other page keeps frame-ancestors 'none' and X-Frame-Options: DENY.
const embedRule = (path) => `${path}
  ! Content-Security-Policy
  ! X-Frame-Options
`;
writeFileSync(
  join(dist, '_headers'),
  `/*
  Content-Security-Policy: ${policy(all)}; frame-ancestors 'none'
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
  X-Frame-Options: DENY

${embedRule('/metrics/:id/embed/')}
${embedRule('/en/metrics/:id/embed/')}`,
);
console.log(`CSP: ${pages.length} pages, ${all.size} inline script hashes; wrote dist/_headers.`);
