/**
 * `npm run bench` builds the site with its content multiplied (scripts/lib/synthetic.ts). The copies
 * go through the same content check as real content, so a new rule that the copies break would
 * stop the bench; this test finds it first, on a small copy of content/, data/ and src/pages/.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, loadSite, siteProblems, todayInJapan } from '../../src/lib/content/check/site';
import { multiplyContent } from '../../scripts/lib/synthetic';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the synthetic content of the build benchmark', () => {
  // Three copies of the whole content through the whole check: seconds, more on a busy machine.
  it('passes the content check at ×3, with every copy present', { timeout: 60_000 }, () => {
    for (const part of ['content', 'data', 'src/pages']) cpSync(part, join(dir, part), { recursive: true });
    multiplyContent(dir, 3);
    const site = loadSite(dir);
    expect(formatProblems(siteProblems(site, todayInJapan(), dir))).toBe('');
    const original = loadSite();
    expect(site.entries.filter((e) => e.collection === 'projects').length).toBe(3 * original.entries.filter((e) => e.collection === 'projects').length);
    expect(site.subsidyRules.length).toBe(3 * original.subsidyRules.length);
    expect(readdirSync(join(dir, 'data/subsidies'))).toContain('gx-promotion-2025-x3.json');
  });
});
