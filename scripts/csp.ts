// After `astro build`: a strict Content-Security-Policy in every page (see scripts/lib/csp.ts), and,
// with the union of all hashes and the headers a <meta> cannot carry, dist/_headers for static hosts.
// Fails when a page holds an inline script inside <main>: only content can put one there.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { adminPolicy, policy, securePage } from './lib/csp.ts';
import { hashedAssets } from './lib/serve.ts';

const dist = join(process.cwd(), 'dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html'))
  .map((name) => join(dist, name));

// The editors' CMS page has its own policy (adminPolicy), with no inline script at all.
const adminPage = join(dist, 'admin', 'index.html');
const admin = adminPolicy({ github: Boolean(process.env.CMS_REPO) });

const all = new Set<string>();
const blocked: string[] = [];
for (const file of pages) {
  if (file === adminPage) {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<head[^>]*>\s*(?:<meta charset="[^"]*"\s*\/?>)?)/i, `$1<meta http-equiv="Content-Security-Policy" content="${admin}">`));
    continue;
  }
  let page;
  try {
    page = securePage(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${relative(process.cwd(), file)}: ${(error as Error).message}`);
  }
  for (const h of page.hashes) all.add(h);
  for (const b of page.blocked) blocked.push(`${relative(process.cwd(), file)}: an inline <script> in the page's content ("${b}…") is blocked by the CSP`);
  writeFileSync(file, page.html);
}

// Dataset embeds (/metrics/<id>/embed/, both languages) are made to be framed by other sites: their
// rules detach the site-wide CSP header and X-Frame-Options (Cloudflare Pages' "! Header" syntax; a
// second CSP header would be joined to the first and both enforced). They keep the CSP <meta> of
// the page, which holds every rule but frame-ancestors: a <meta> cannot carry that directive.
// Every other page keeps frame-ancestors 'none' and X-Frame-Options: DENY.
const embedRule = (path: string) => `${path}
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

${hashedAssets.path}*
  Cache-Control: ${hashedAssets.cacheControl}

${embedRule('/metrics/:id/embed/')}
${embedRule('/en/metrics/:id/embed/')}
/admin/
  ! Content-Security-Policy
  Content-Security-Policy: ${admin}; frame-ancestors 'none'
`,
);
if (blocked.length > 0) {
  console.error(`CSP: content must not run scripts:\n${blocked.join('\n')}`);
  process.exit(1);
}
console.log(`CSP: ${pages.length} pages, ${all.size} inline script hashes; wrote dist/_headers.`);
