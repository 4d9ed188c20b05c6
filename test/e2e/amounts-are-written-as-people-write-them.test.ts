/**
 * Every built page, read as the build wrote it (its text, text alternatives, title and
 * description; the text of hidden elements too, which can only find more): no amount of a billion or more in full digits (170,000,000,000), no literal
 * translation of a Japanese unit ("× 100 million yen", "10,000 t-CO2"). Amounts go through
 * src/lib/format/amounts.ts formatAmount, which writes 1,700億円 and ¥170 billion instead.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, staticPage } from './support/site';

const pages = builtPages();

/** The problems in a text; addresses are left out, since their digits are not amounts. */
export function misleadingAmounts(text: string): string[] {
  const plain = text.replace(/https?:\/\/\S+/g, ' ');
  const rules: Array<[string, RegExp]> = [
    ['an amount of a billion or more in full digits', /\d{1,3}(?:,\d{3}){3,}|(?<![\d.,])\d{10,}(?![\d.,])/g],
    ['"× 100 million" for 億', /×\s*100\s*million/gi],
    // As a unit (after "Unit:", "(", "×" or a number), not as an amount: 10,000 t per year is 1万t.
    ['"10,000 t" as a unit for 万t', /(?:unit:?|単位：?|\(|×|\d)\s*(?<![\d,])10,000\s?t(?![a-z])/gi],
  ];
  return rules.flatMap(([what, re]) => [...plain.matchAll(re)].map((m) => `${what}: "${plain.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 20).replace(/\s+/g, ' ')}"`));
}

describe('the scan itself', () => {
  it('catches each way an amount used to be written, and passes the ways it is written now', () => {
    expect(misleadingAmounts('約170,000,000,000 円')).toHaveLength(1);
    expect(misleadingAmounts('about 170000000000 yen')).toHaveLength(1);
    expect(misleadingAmounts('5,900+ × 100 million yen')).toHaveLength(1);
    expect(misleadingAmounts('Unit: 10,000 t-CO2')).toHaveLength(1);
    expect(misleadingAmounts('(10,000 t)')).toHaveLength(1);
    expect(misleadingAmounts('Total (10,000 t-CO2): 35.7 10,000 t-CO2')).toHaveLength(2);
    expect(misleadingAmounts('約1,700億円, about ¥170 billion, 357,000 t-CO2, 999,999,999, 10,000 tonnes a year, 10,000 t per year or more, 110,000 t-CO2, https://example.org/12345678901')).toEqual([]);
  });
});

describe('every built page', () => {
  it('writes no amount in full digits from a billion up and no literal unit translation', () => {
    expect(pages.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const path of pages) {
      const document = staticPage(path);
      // Not text a reader meets: scripts (JSON-LD, the tools' payloads), styles and templates.
      for (const el of document.querySelectorAll('script, style, template')) el.remove();
      // Each block, cell and line break ends a line, as a reader sees it (else "2024" runs into "1,000").
      for (const el of document.body.querySelectorAll('p, li, div, h1, h2, h3, h4, h5, h6, td, th, dt, dd, caption, figcaption, summary, label, button, option, br')) el.after('\n');
      const text = [
        document.title,
        document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        document.body.textContent ?? '',
        ...[...document.querySelectorAll('[aria-label], img[alt], [title]')].map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('alt') ?? ''} ${e.getAttribute('title') ?? ''}`),
      ].join('\n');
      // The scan reads the page, not an empty shell (every page has a heading and a paragraph at least).
      expect(text.length, `${path}: text read`).toBeGreaterThan(200);
      found.push(...misleadingAmounts(text).map((problem) => `${path}: ${problem}`));
    }
    expect(found.sort()).toEqual([]);
  });
});
