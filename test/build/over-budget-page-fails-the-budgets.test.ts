/**
 * The size budgets can fail on a real build: a scratch copy of the project gets one deliberately
 * heavy content page (test/fixtures/over-budget/), is built with the real build, and the page is
 * weighed in Chromium exactly as test/e2e/size-budgets.test.ts weighs the real site.
 */
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkBudgets, toPageWeight } from '../../scripts/lib/budgets.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { astroBuild, plainStarlightJs } from '../../scripts/lib/plain-starlight.ts';
import { scratchCopy } from '../../scripts/lib/scratch.ts';
import { serveDir } from '../../scripts/lib/serve.ts';
import { weighPage } from '../../scripts/lib/weigh.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/over-budget/overlay');
let dir: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = scratchCopy('over-budget-');
  cpSync(fixture, dir, { recursive: true });
  const build = await astroBuild(dir, ['scripts/build.ts']);
  if (build.code !== 0) throw new Error(`the fixture must build:\n${build.output}`);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 412, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a deliberately heavy page in a built fixture', () => {
  it('fails the budgets, naming the page and each budget it breaks, while the real pages beside it pass', async () => {
    const baseline = await plainStarlightJs(page);
    const root = join(dir, 'dist');
    const { server, origin } = await serveDir(root);
    try {
      const weights = [];
      for (const path of ['/', '/projects/green-lp-gas/', '/over-budget/']) weights.push(toPageWeight(await weighPage(page, { origin, root, path }), 'content'));
      const problems = checkBudgets(weights, baseline);
      console.log(problems.join('\n'));
      expect(problems.find((p) => /^\/over-budget\/: \d+ B of JavaScript > plain Starlight \d+ \+ 4096$/.test(p))).toBeDefined();
      expect(problems.find((p) => /^\/over-budget\/: \d+ B at load > 153600$/.test(p))).toBeDefined();
      expect(problems.filter((p) => !p.startsWith('/over-budget/'))).toEqual([]);
    } finally {
      server.close();
    }
  });
});
