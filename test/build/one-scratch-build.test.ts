/**
 * Three checks that need the real build of a changed copy of the project share one build, since
 * their changes do not touch each other (a full build is the slowest step of the fixtures):
 * - SITE_URL decides every absolute address the site publishes (canonical and alternate links, the
 *   sitemap, robots.txt, the feeds, the calendar, JSON-LD, the open-data catalogue): the copy is
 *   built with SITE_URL set, and no file may still name the default placeholder host;
 * - translation freshness: two English news items record the Japanese version they were translated
 *   from (translatedFrom); then one Japanese twin changes. The English page of the changed pair
 *   opens with one line, on an element with data-translation="behind", linking to the Japanese
 *   page, and the desk lists it; the unchanged pair shows nothing and is not listed; a third
 *   English item with its record taken out says it records no Japanese version (data-translation=
 *   "unrecorded") and the desk lists it with the code to record;
 * - the size budgets can fail: one deliberately heavy content page (test/fixtures/over-budget/) is
 *   weighed in Chromium exactly as test/e2e/size-budgets.test.ts weighs the real site.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets, toPageWeight } from '../../scripts/lib/budgets.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { astroBuild, plainStarlightJs } from '../../scripts/lib/plain-starlight.ts';
import { scratchCopy } from '../../scripts/lib/scratch.ts';
import { serveDir } from '../../scripts/lib/serve.ts';
import { weighPage } from '../../scripts/lib/weigh.ts';
import { translationCode } from '../../src/lib/content/translation.ts';

const siteUrl = 'https://gx.example.jp';
const heavyPage = resolve(import.meta.dirname, '../fixtures/over-budget/overlay');
const changed = '2020-09-base-port-designation';
const unchanged = '2020-10-29-zero-carbon-city';
/** An English news item whose record is taken out, as a newly written page has none. */
const unrecorded = '2021-06-05-climate-emergency';
let dir: string;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

/** Records in the English file the code of its Japanese twin as it is now. */
function record(id: string) {
  const en = `content/news/en/${id}.md`;
  const code = translationCode(read(`content/news/ja/${id}.md`));
  writeFileSync(join(dir, en), forget(read(en)).replace(/\n---\n/, `\ntranslatedFrom: "${code}"\n---\n`));
}
/** An English file without its record. */
const forget = (text: string) => text.replace(/\ntranslatedFrom: .*\n/, '\n');

beforeAll(async () => {
  dir = scratchCopy('one-build-');
  cpSync(heavyPage, dir, { recursive: true });
  record(changed);
  record(unchanged);
  writeFileSync(join(dir, `content/news/en/${unrecorded}.md`), forget(read(`content/news/en/${unrecorded}.md`)));
  const ja = `content/news/ja/${changed}.md`;
  writeFileSync(join(dir, ja), read(ja).replace('## 関連ページ', '西日本で唯一の指定です。\n\n## 関連ページ'));
  process.env.SITE_URL = siteUrl;
  const build = await astroBuild(dir, ['scripts/build.ts']);
  delete process.env.SITE_URL;
  if (build.code !== 0) throw new Error(`the changed copy must build:\n${build.output}`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`a build with SITE_URL=${siteUrl}`, () => {
  it('uses it for canonical links, the sitemap, robots.txt, the feeds and JSON-LD', () => {
    expect(read('dist/en/about/index.html')).toContain(`<link rel="canonical" href="${siteUrl}/en/about/"`);
    expect(read('dist/sitemap-0.xml')).toContain(`<loc>${siteUrl}/projects/green-lp-gas/</loc>`);
    expect(read('dist/robots.txt')).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
    expect(read('dist/news/rss.xml')).toContain(`<link>${siteUrl}/news/`);
    expect(read('dist/en/events.ics')).toContain(siteUrl);
    expect(read('dist/en/projects/green-lp-gas/index.html')).toMatch(new RegExp(`"url":"${siteUrl}/en/projects/green-lp-gas/"`));
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

describe('an English page whose Japanese twin changed after it was translated', () => {
  it('says so in one line at the top, linking to the Japanese page', () => {
    const html = read(`dist/en/news/${changed}/index.html`);
    const notices = [...html.matchAll(/<p[^>]*data-translation="behind"[^>]*>([\s\S]*?)<\/p>/g)];
    expect(notices).toHaveLength(1);
    expect(notices[0]![1]).toContain(`href="/news/${changed}/"`);
    // At the top: before the item's own text.
    expect(html.indexOf('data-translation="behind"')).toBeLessThan(html.indexOf('What happened'));
  });

  it('is listed on the desk with the code to record, and the unchanged pair is not', () => {
    const desk = read('dist/admin/desk/index.html');
    const behind = desk.match(/<ul data-desk="behind"[^>]*>([\s\S]*?)<\/ul>/)![1]!;
    expect(behind).toContain(`content/news/en/${changed}.md`);
    expect(behind).toContain(translationCode(read(`content/news/ja/${changed}.md`)));
    expect(behind).not.toContain(unchanged);
  });
});

describe('an English page translated from the Japanese as it is', () => {
  it('shows no notice, nor does any Japanese page', () => {
    expect(read(`dist/en/news/${unchanged}/index.html`)).not.toContain('data-translation="');
    expect(read(`dist/news/${changed}/index.html`)).not.toContain('data-translation="');
  });
});

describe('an English page that records no Japanese version', () => {
  it('says so in one line at the top, linking to the Japanese page, and the desk lists it with the code to record', () => {
    const html = read(`dist/en/news/${unrecorded}/index.html`);
    const notices = [...html.matchAll(/<p[^>]*data-translation="unrecorded"[^>]*>([\s\S]*?)<\/p>/g)];
    expect(notices).toHaveLength(1);
    expect(notices[0]![1]).toContain(`href="/news/${unrecorded}/"`);
    const desk = read('dist/admin/desk/index.html').match(/<ul data-desk="unrecorded"[^>]*>([\s\S]*?)<\/ul>/)![1]!;
    expect(desk).toContain(`content/news/en/${unrecorded}.md`);
    expect(desk).toContain(translationCode(read(`content/news/ja/${unrecorded}.md`)));
    expect(desk).not.toContain(unchanged);
  });
});

describe('a deliberately heavy page in a built fixture', () => {
  it('fails the budgets, naming the page and each budget it breaks, while the real pages beside it pass', async () => {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
    const root = join(dir, 'dist');
    const { server, origin } = await serveDir(root);
    try {
      const baseline = await plainStarlightJs(page);
      const weights = [];
      for (const path of ['/', '/projects/green-lp-gas/', '/over-budget/']) weights.push(toPageWeight(await weighPage(page, { origin, root, path }), 'content'));
      const problems = checkBudgets(weights, baseline);
      expect(problems.find((p) => /^\/over-budget\/: \d+ B of JavaScript > plain Starlight \d+ \+ 4096$/.test(p))).toBeDefined();
      expect(problems.find((p) => /^\/over-budget\/: \d+ B at load > 153600$/.test(p))).toBeDefined();
      expect(problems.filter((p) => !p.startsWith('/over-budget/'))).toEqual([]);
    } finally {
      server.close();
      await browser.close();
    }
  });
});
