/**
 * The investors table's Scale column holds only the project's own figures (issue 13 item 6): on
 * the green LP gas row, the industry body's national target of about 30,000 t a year is not the
 * project's scale; it stands on the row's context line, with the caveat its project page gives.
 * Read from the built pages (dist/investors/, dist/en/investors/) without running their scripts.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatAmount, type Bound } from '../../src/lib/format/amounts';
import { t, type Lang } from '../../src/lib/i18n';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ javaScriptEnabled: false });

interface KeyFigure { label: string; value: number; unit: string; bound?: Bound; context?: boolean; note?: string }

/** The project's key figures as its content file gives them. */
function keyFigures(lang: Lang): KeyFigure[] {
  const text = readFileSync(new URL(`../../content/projects/${lang}/green-lp-gas.md`, import.meta.url), 'utf8');
  return (load(text.split(/^---$/m)[1]!) as { keyFigures: KeyFigure[] }).keyFigures;
}

describe.each(['ja', 'en'] as const)('the investors table (%s)', (lang) => {
  it('keeps the national green LP gas target out of the Scale cell and on the context line, with its caveat', async () => {
    const target = keyFigures(lang).find((f) => f.context)!;
    // The national target, as the page writes it: 約3万トン/年 / about 30,000 t per year.
    expect(target.value).toBe(30_000);
    const written = formatAmount(target, lang);
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${lang === 'en' ? '/en' : ''}/investors/`, { waitUntil: 'domcontentloaded' });
    const row = page.locator('table.portfolio tbody tr').filter({ has: page.locator(`th a[href$="/projects/green-lp-gas/"]`) });
    await expect(row.count()).resolves.toBe(1);
    const cell = row.locator(`td[data-label="${t(lang, 'investors.col.scale')}"]`);
    const context = (await cell.locator('.investors-context').innerText()).replace(/\s+/g, ' ');
    const scale = (await cell.innerText()).replace(/\s+/g, ' ').replace(context, '').trim();
    await page.close();

    // The Scale cell without its context line: no 30,000 in any writing of it.
    expect(scale).not.toBe('');
    for (const s of [written, '30,000', '3万', '30000', target.label]) expect(scale).not.toContain(s);
    // The context line: labelled as context, the target with its label, and the caveat.
    expect(context).toContain(`${t(lang, 'investors.context')}:`);
    expect(context).toContain(`${target.label}: ${written}`);
    expect(target.note).toBeTruthy();
    expect(context).toContain(target.note!);
  });
});
