/**
 * SITE_URL decides every absolute address the site publishes: canonical and alternate links, the
 * sitemap, robots.txt, the news feed, the calendar, JSON-LD and the open-data catalogue. A scratch
 * copy is built with SITE_URL set; no file may still name the default placeholder host.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/plain-starlight.ts';
import { scratchCopy } from '../../scripts/lib/scratch.ts';

const siteUrl = 'https://gx.example.jp';
let dir: string;
const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

beforeAll(async () => {
  dir = scratchCopy('site-url-');
  process.env.SITE_URL = siteUrl;
  const build = await astroBuild(dir, ['scripts/build.ts']);
  delete process.env.SITE_URL;
  if (build.code !== 0) throw new Error(`the build with SITE_URL must pass:\n${build.output}`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`a build with SITE_URL=${siteUrl}`, () => {
  it('uses it for canonical links, the sitemap, robots.txt, the feeds and JSON-LD', () => {
    expect(read('en/about/index.html')).toContain(`<link rel="canonical" href="${siteUrl}/en/about/"`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${siteUrl}/projects/green-lp-gas/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
    expect(read('news/rss.xml')).toContain(`<link>${siteUrl}/news/`);
    expect(read('en/events.ics')).toContain(siteUrl);
    expect(read('en/projects/green-lp-gas/index.html')).toMatch(new RegExp(`"url":"${siteUrl}/en/projects/green-lp-gas/"`));
  });

  it('leaves no trace of the placeholder address in any published file', () => {
    const stale: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const full = join(folder, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(html|xml|ics|json|txt|csv)$/.test(name) && readFileSync(full, 'utf8').includes('kitakyushu-gx.example.org')) stale.push(full.slice(dir.length));
      }
    };
    walk(join(dir, 'dist'));
    expect(stale).toEqual([]);
  });
});
