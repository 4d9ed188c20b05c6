/**
 * JSON-LD on the built pages uses only schema.org types we publish and only properties those types
 * have (per schema.org, including inherited ones), with the properties each needs; robots.txt and
 * the sitemap point at every page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor } from './support/site';

/** Properties of each type on schema.org that we use (inherited ones included), and the required ones. */
const types: Record<string, { allowed: string[]; required: string[] }> = {
  Organization: { allowed: ['name', 'alternateName', 'url', 'foundingDate', 'description', 'sameAs', 'member', 'location'], required: ['name'] },
  ResearchProject: { allowed: ['name', 'alternateName', 'url', 'foundingDate', 'description', 'member', 'location'], required: ['name', 'description'] },
  Dataset: {
    allowed: ['name', 'description', 'url', 'license', 'inLanguage', 'temporalCoverage', 'dateModified', 'isBasedOn', 'distribution', 'creator', 'keywords'],
    required: ['name', 'description', 'license', 'distribution'],
  },
  DataDownload: { allowed: ['encodingFormat', 'contentUrl', 'name'], required: ['encodingFormat', 'contentUrl'] },
  Place: { allowed: ['name', 'address'], required: ['name'] },
  Event: { allowed: ['name', 'description', 'startDate', 'endDate', 'url', 'location', 'organizer'], required: ['name', 'startDate'] },
  NewsArticle: { allowed: ['headline', 'description', 'datePublished', 'url', 'inLanguage', 'publisher', 'author'], required: ['headline', 'datePublished'] },
  BreadcrumbList: { allowed: ['itemListElement'], required: ['itemListElement'] },
  ListItem: { allowed: ['position', 'name', 'item'], required: ['position', 'name', 'item'] },
};

function check(node: Record<string, unknown>, where: string, problems: string[]) {
  const type = node['@type'] as string;
  const spec = types[type];
  if (!spec) return problems.push(`${where}: unexpected @type ${type}`);
  for (const key of Object.keys(node)) {
    if (key.startsWith('@')) continue;
    if (!spec.allowed.includes(key)) problems.push(`${where}: ${type} has no property "${key}"`);
    const value = node[key];
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && '@type' in child) check(child as Record<string, unknown>, `${where} > ${key}`, problems);
    }
  }
  for (const key of spec.required) if (node[key] === undefined || node[key] === '') problems.push(`${where}: ${type} needs "${key}"`);
}

describe('structured data', () => {
  const blocks = builtPages().flatMap((page) =>
    [...readFileSync(fileFor(page)!, 'utf8').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => ({ page, data: JSON.parse(m[1]!) })),
  );

  it('is present for the organization, every project, every dataset and the events', () => {
    const count = (type: string) => blocks.filter((b) => b.data['@type'] === type).length;
    expect(count('Organization')).toBeGreaterThanOrEqual(2);
    expect(count('ResearchProject')).toBe(builtPages().filter((p) => /^\/(en\/)?projects\/[^/]+\/$/.test(p)).length);
    expect(count('Dataset')).toBeGreaterThanOrEqual(2 * 11);
    expect(count('Event')).toBeGreaterThanOrEqual(2 * 5);
    expect(count('NewsArticle')).toBe(builtPages().filter((p) => /^\/(en\/)?news\/[^/]+\/$/.test(p)).length);
  });

  it('gives every page but the home pages a BreadcrumbList that starts at home and ends at the page', () => {
    const pages = builtPages().filter((p) => p.endsWith('/') && !/\/embed\/$/.test(p));
    const problems: string[] = [];
    for (const page of pages) {
      const trail = blocks.find((b) => b.page === page && b.data['@type'] === 'BreadcrumbList')?.data as { itemListElement: { item: string }[] } | undefined;
      const home = page.startsWith('/en/') ? '/en/' : '/';
      if (page === home) {
        if (trail) problems.push(`${page}: the home page has a trail`);
        continue;
      }
      if (!trail) { problems.push(`${page}: no BreadcrumbList`); continue; }
      const paths = trail.itemListElement.map((i) => new URL(i.item).pathname);
      if (paths[0] !== home || paths.at(-1) !== page) problems.push(`${page}: trail ${paths.join(' > ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('uses schema.org types and properties only, with what each type needs', () => {
    const problems: string[] = [];
    for (const b of blocks) {
      if (b.data['@context'] !== 'https://schema.org') problems.push(`${b.page}: @context ${b.data['@context']}`);
      check(b.data, b.page, problems);
    }
    expect(problems).toEqual([]);
  });
});

describe('discoverability', () => {
  it('has robots.txt pointing at the sitemap, and a sitemap listing every page', () => {
    const robots = readFileSync(fileFor('/robots.txt')!, 'utf8');
    const sitemapUrl = robots.match(/^Sitemap: (.+)$/m)![1]!;
    const index = readFileSync(fileFor(new URL(sitemapUrl).pathname)!, 'utf8');
    const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) =>
      [...readFileSync(fileFor(new URL(m[1]!).pathname)!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((u) => new URL(u[1]!).pathname),
    );
    // Every page but the 404 page and the `noindex` embed pages (/metrics/<id>/embed/).
    const pages = builtPages().filter((p) => p !== '/404.html' && !/\/embed\/$/.test(p));
    expect([...listed].sort()).toEqual(pages.sort());
  });

  it('lists no page that asks not to be indexed', () => {
    const robots = readFileSync(fileFor('/robots.txt')!, 'utf8');
    const index = readFileSync(fileFor(new URL(robots.match(/^Sitemap: (.+)$/m)![1]!).pathname)!, 'utf8');
    const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) =>
      [...readFileSync(fileFor(new URL(m[1]!).pathname)!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((u) => new URL(u[1]!).pathname),
    );
    const noindex = listed.filter((p) => /<meta name="robots" content="[^"]*noindex/.test(readFileSync(fileFor(p)!, 'utf8')));
    expect(listed.length).toBeGreaterThan(100);
    expect(noindex).toEqual([]);
  });

  it('announces both news feeds in the head of every page, and every feed item has a pubDate', () => {
    const missing = builtPages()
      .filter((p) => p.endsWith('/'))
      .filter((p) => !/<link rel="alternate" type="application\/rss\+xml"[^>]*href="(\/en)?\/news\/rss\.xml"/.test(readFileSync(fileFor(p)!, 'utf8').split('</head>')[0]!));
    expect(missing).toEqual([]);
    for (const feed of ['/news/rss.xml', '/en/news/rss.xml']) {
      const items = [...readFileSync(fileFor(feed)!, 'utf8').matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
      expect(items.length, feed).toBeGreaterThan(20);
      const undated = items.filter((i) => !/<pubDate>[^<]+<\/pubDate>/.test(i) || Number.isNaN(Date.parse(i.match(/<pubDate>([^<]+)</)![1]!)));
      expect(undated, `${feed}: items without a valid pubDate`).toEqual([]);
    }
  });
});
