/**
 * A page per dataset and an embeddable view of it, in both languages, for every dataset of
 * /data/catalog.json; and the embeds are the only pages other sites may frame, as dist/_headers
 * says it (read with Cloudflare Pages' rules: every matching block applies, `! Name` detaches a
 * header set by another block, `:name` matches one path segment and `*` anything).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor } from './support/site';
import emissionFactorsJson from '../../data/emission-factors.json';

const pages = builtPages();
const catalog = JSON.parse(readFileSync(fileFor('/data/catalog.json')!, 'utf8'));
// Every catalogued dataset, the emission factors included (/metrics/emission-factors/).
const ids: string[] = catalog.datasets.map((d: { id: string }) => d.id);
// The emission factors are a table, not a dashboard card: /metrics/ links them below the cards.
const cardIds = ids.filter((id) => id !== 'emission-factors');
const factorCount = emissionFactorsJson.factors.length;
const embed = /^\/(?:en\/)?metrics\/[^/]+\/embed\/$/;

interface Rule { pattern: RegExp; set: Array<[string, string]>; detach: string[] }
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], detach: [] });
    } else if (line.trim().startsWith('!')) rules.at(-1)!.detach.push(line.trim().slice(1).trim().toLowerCase());
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.set.push([name!.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}
/** The headers a path is served with: values of a name joined by ", ", detached names removed. */
function headersFor(rules: Rule[], path: string): Map<string, string> {
  const matching = rules.filter((r) => r.pattern.test(path));
  const out = new Map<string, string>();
  for (const r of matching) for (const [name, value] of r.set) out.set(name, out.has(name) ? `${out.get(name)}, ${value}` : value);
  for (const r of matching) for (const name of r.detach) out.delete(name);
  return out;
}

describe('a page and an embed per dataset', () => {
  it('reads the datasets from the catalog', () => expect(ids.length).toBeGreaterThan(10));
  it.each(ids)('%s has its page and embed in both languages, the embed noindex with a link back', (id) => {
    for (const prefix of ['', '/en']) {
      expect(pages).toContain(`${prefix}/metrics/${id}/`);
      expect(pages).toContain(`${prefix}/metrics/${id}/embed/`);
      const html = readFileSync(fileFor(`${prefix}/metrics/${id}/embed/`)!, 'utf8');
      expect(html).toMatch(/<meta name="robots" content="noindex">/);
      expect(html).toContain(`/metrics/${id}/" target="_top"`);
      expect(html).not.toContain('data-pagefind-body');
      const page = readFileSync(fileFor(`${prefix}/metrics/${id}/`)!, 'utf8');
      expect(page).toContain(`/data/${id}.csv`);
      expect(page).toContain(`${prefix}/metrics/${id}/embed/`);
    }
  });
  it('lists every dataset page on /metrics/ and on /data/, in both languages', () => {
    for (const prefix of ['', '/en']) {
      for (const listing of ['/metrics/', '/data/']) {
        const html = readFileSync(fileFor(`${prefix}${listing}`)!, 'utf8');
        for (const id of listing === '/data/' ? ids : ['emission-factors']) expect(html, `${prefix}${listing} links ${id}`).toContain(`href="${prefix}/metrics/${id}/"`);
      }
    }
  });
  it('shows the emission factors without JavaScript: each factor a row with unit, fiscal year, status and a source', () => {
    for (const prefix of ['', '/en']) {
      const html = readFileSync(fileFor(`${prefix}/metrics/emission-factors/`)!, 'utf8');
      const rows = [...html.matchAll(/<tr id="factor-([^"]+)"[\s\S]*?<\/tr>/g)];
      expect(rows.length, 'one row per factor').toBe(factorCount);
      for (const [row] of rows) {
        expect(row).toMatch(/t-CO2\/(kL|t|千m³|thousand m³|kWh)/);
        expect(row).toMatch(prefix ? /FY20\d\d/ : /20\d\d年度/);
        expect(row).toMatch(/<a href="https:\/\//);
      }
    }
  });
  it('keeps the old /metrics/#metric-<id> anchors, each linking on to its dataset page', () => {
    for (const prefix of ['', '/en']) {
      const html = readFileSync(fileFor(`${prefix}/metrics/`)!, 'utf8');
      for (const id of cardIds) expect(html).toMatch(new RegExp(`id="metric-${id}"[\\s\\S]*?href="${prefix}/metrics/${id}/"`));
    }
  });
});

describe('only embeds may be framed', () => {
  const rules = parseHeaders(readFileSync(fileFor('/_headers') ?? 'dist/_headers', 'utf8'));
  it.each(pages.filter((p) => p !== '/404.html'))('%s', (path) => {
    const headers = headersFor(rules, path);
    const csp = headers.get('content-security-policy') ?? '';
    if (embed.test(path)) {
      expect(headers.has('x-frame-options')).toBe(false);
      expect(csp).not.toMatch(/frame-ancestors 'none'/);
    } else {
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(csp).toMatch(/frame-ancestors 'none'/);
    }
    // Whatever the page, its own CSP <meta> still restricts scripts (and cannot carry frame-ancestors).
    const html = readFileSync(fileFor(path)!, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
  });
});
