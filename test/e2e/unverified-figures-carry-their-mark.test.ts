/**
 * Every unverified figure is marked where it is written: on every built page, each sentence or
 * list item that states a value a dataset marks `unverified` (253 members, 21 consultations …), or
 * one of the R6-only facts below, also carries the mark 未確認 / Unverified.
 */
import { describe, expect, it } from 'vitest';
import { metrics } from '../../src/lib/metrics/datasets';
import { formatAmount } from '../../src/lib/format/amounts';
import { t, type Lang } from '../../src/lib/i18n';
import { builtPages, useSiteInChromium, visitAll } from './support/site';

// What is marked is written at build time: read the pages as built, without running their scripts.
const site = useSiteInChromium({ javaScriptEnabled: false });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern per unverified dataset point, in each language: the number, then its unit. */
const figures = (lang: Lang) =>
  metrics.flatMap((m) =>
    m.points
      .filter((p) => p.reliability === 'unverified')
      .map((p) => ({
        what: `${m.id} ${p.x}`,
        pattern: new RegExp(`(?<![\\d,.])${escape(formatAmount({ value: p.value, unit: m.unit[lang], bound: p.bound }, lang))}\\s?${escape(m.unit[lang])}`),
      })),
  );

/** Facts known only from the R6 case study that no dataset holds. */
const facts: Record<Lang, Array<{ what: string; pattern: RegExp }>> = {
  ja: [
    { what: 'green LP gas demonstration at Eco-Town from 2024-09', pattern: /2024年9月.*エコタウン.*(実証|始ま)|エコタウン.*2024年9月.*(実証|始ま)/ },
    { what: 'six-session business school', pattern: /全6回/ },
  ],
  en: [
    { what: 'green LP gas demonstration at Eco-Town from 2024-09', pattern: /September 2024.*Eco-Town.*(demonstration|began)|Eco-Town.*September 2024/ },
    { what: 'six-session business school', pattern: /six sessions/ },
  ],
};

/**
 * Sentences of a block of text: Japanese ends them with 。, English with a full stop and a space.
 * A mark right after the full stop (a badge after a sentence or a card's text) belongs to it.
 */
const sentences = (text: string, lang: Lang, mark: string) => {
  const parts = lang === 'ja' ? text.split('。') : text.split(/(?<=[.!?])\s+(?=[A-Z"“(])/);
  return parts.reduce<string[]>((out, part) => {
    if (out.length > 0 && part.trimStart().startsWith(mark)) out[out.length - 1] += part;
    else out.push(part);
    return out;
  }, []);
};

describe('unverified figures in prose', () => {
  it('carry their mark in the same sentence or list item on every built page', async () => {
    const unmarked: string[] = [];
    let checked = 0;
    const paths = builtPages().filter((p) => p.endsWith('/'));
    await visitAll(paths, () => site.context.newPage(), async (page, path) => {
      const lang: Lang = path.startsWith('/en/') ? 'en' : 'ja';
      const mark = t(lang, 'reliability.unverified');
      await page.goto(site.origin + path, { waitUntil: 'domcontentloaded' });
      // Leaf-most blocks of the main content: a sentence never spans two of them.
      const blocks = await page.$$eval('main p, main li, main dd, main tr, main summary, main figcaption, main caption', (els) =>
        els.filter((el) => !el.querySelector('p, li, dd, tr')).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ')),
      );
      for (const block of blocks) {
        for (const sentence of sentences(block, lang, mark)) {
          for (const { what, pattern } of [...figures(lang), ...facts[lang]]) {
            if (!pattern.test(sentence)) continue;
            checked++;
            if (!sentence.includes(mark)) unmarked.push(`${path}: ${what}: "${sentence.trim().slice(0, 160)}"`);
          }
        }
      }
    });
    expect(checked, 'the patterns must find the figures somewhere').toBeGreaterThan(10);
    expect(unmarked).toEqual([]);
    // Every page of the site in one test, so longer than one page may take (each load still times out on its own).
  }, 240_000);
});
