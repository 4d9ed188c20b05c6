/**
 * Every unverified figure is marked where it is written: on every built page, each heading,
 * sentence, list item, term, definition or table cell that states a value a dataset marks
 * `unverified` (253社, 21 consultations …), or one of the R6-only facts below, also carries the mark
 * 出典1件 / One source. And a project's fact-sheet field that its content marks shows the mark beside
 * its value.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/content/check/load';
import { formatAmount } from '../../src/lib/format/amounts';
import { localPath, t, type Lang, type UiKey } from '../../src/lib/i18n';
import { loadSite } from '../../src/lib/content/check/site';
import { builtPages, staticPage } from './support/site';

// What is marked is written at build time: read the pages as built (parsed HTML, no browser and no scripts).
const { metrics } = loadData();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern per unverified dataset point, in each language: the figure as formatAmount writes it
 * (which is what <Fig>, key-figure cards and dataset tables print: 「253社」, "21 consultations",
 * 「約4,767万円」), with 約 / about optional so that a figure typed by hand is found too.
 */
const figures = (lang: Lang) =>
  metrics.flatMap((m) =>
    m.points
      .filter((p) => p.reliability === 'unverified')
      .map((p) => {
        const written = formatAmount({ value: p.value, unit: m.unit[lang], bound: p.bound }, lang);
        const core = written.replace(/^(約|about )/, '');
        return { what: `${m.id} ${p.x} (${written})`, pattern: new RegExp(`(?<![\\d,.])(?:約|about )?${escape(core)}(?![\\d])`) };
      }),
  );

/**
 * Facts known only from the R6 case study that no dataset holds. The working group's name alone
 * (a heading, a link) is not a claim; a sentence that says it was set up, holds seminars or is
 * named by a source is.
 */
const facts: Record<Lang, Array<{ what: string; pattern: RegExp }>> = {
  ja: [
    { what: 'green LP gas demonstration at Eco-Town from 2024-09', pattern: /2024年9月.*エコタウン.*(実証|始ま)|エコタウン.*2024年9月.*(実証|始ま)/ },
    { what: 'six-session business school', pattern: /全6回|6回の講座/ },
    { what: 'the 次世代燃料、カーボンリサイクル・マテリアル working group', pattern: /^(?=.*次世代燃料、?カーボンリサイクル)(?=.*(設け|設置|セミナー|ワークショップ|挙げ|確認でき)).*/s },
  ],
  en: [
    { what: 'green LP gas demonstration at Eco-Town from 2024-09', pattern: /September 2024.*Eco-Town.*(demonstration|began)|Eco-Town.*September 2024/ },
    { what: 'six-session business school', pattern: /\b(six|6)[ -]sessions?\b/i },
    { what: 'the next-generation fuels, carbon recycling and materials working group', pattern: /^(?=.*next-generation fuels,? carbon recycling)(?=.*(set up|grew out|seminars|workshops|names|confirm)).*/is },
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
  it('carry their mark in the same sentence, list item, heading, term or table cell on every built page', () => {
    const unmarked: string[] = [];
    const found = new Set<string>();
    const paths = builtPages().filter((p) => p.endsWith('/'));
    for (const path of paths) {
      const lang: Lang = path.startsWith('/en/') ? 'en' : 'ja';
      const mark = t(lang, 'reliability.unverified');
      // Leaf-most blocks of the main content: a sentence never spans two of them.
      const blocks = [...staticPage(path).querySelectorAll('main :is(h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, summary, figcaption, caption)')]
        .filter((el) => !el.querySelector('p, li, dd, td, th'))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' '));
      for (const block of blocks) {
        for (const sentence of sentences(block, lang, mark)) {
          for (const { what, pattern } of [...figures(lang), ...facts[lang]]) {
            if (!pattern.test(sentence)) continue;
            found.add(`${lang} ${what}`);
            if (!sentence.includes(mark)) unmarked.push(`${path}: ${what}: "${sentence.trim().slice(0, 160)}"`);
          }
        }
      }
    }
    // Each pattern must find its figure or fact somewhere (at least on its dataset's page), or it tests nothing.
    const expected = (['ja', 'en'] as const).flatMap((lang) => [...figures(lang), ...facts[lang]].map(({ what }) => `${lang} ${what}`));
    expect(expected.filter((w) => !found.has(w)), 'patterns that found nothing on any page').toEqual([]);
    expect(unmarked).toEqual([]);
  });
});

describe("a project's fact sheet", () => {
  it('shows the mark beside each field its content marks (location, start, commercial operation, role of the consortium)', () => {
    const marked = loadSite().entries.flatMap((e) =>
      e.collection === 'projects' && e.data.reliability
        ? Object.entries(e.data.reliability).map(([field, level]) => ({ lang: e.lang, id: e.id, field, level: level! }))
        : [],
    );
    expect(marked.length, 'green LP gas marks its R6-only site and start').toBeGreaterThan(0);
    const label: Record<string, UiKey> = { location: 'project.location', startDate: 'project.start', operationDate: 'project.operation', consortiumRole: 'project.consortiumRole' };
    const missing: string[] = [];
    for (const { lang, id, field, level } of marked) {
      const path = localPath(lang, `/projects/${id}/`);
      const term = t(lang, label[field]!);
      const dt = [...staticPage(path).querySelectorAll('main dl.facts dt')].find((el) => (el.textContent ?? '').trim() === term);
      const value = dt?.nextElementSibling?.textContent ?? '';
      if (!value.includes(t(lang, `reliability.${level}`))) missing.push(`${path}: ${field} "${value.trim().slice(0, 80)}" lacks ${t(lang, `reliability.${level}`)}`);
    }
    expect(missing).toEqual([]);
  });
});
