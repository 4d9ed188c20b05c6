import { describe, expect, it } from 'vitest';
import { indexWords, mentions, searchKeywords, subjectWords, synonymGroups } from '../../src/lib/search/keywords';

describe('search keywords make a page findable in both languages', () => {
  it('gives a Japanese page the English words of its subject, and the reverse', () => {
    const ja = searchKeywords({ title: '響灘臨海部の水素・アンモニア拠点づくり' });
    expect(ja).toEqual(expect.arrayContaining(['hydrogen', 'ammonia', 'hibikinada']));
    const en = searchKeywords({ title: 'Hydrogen and ammonia hub on the Hibikinada coast' });
    expect(en).toEqual(expect.arrayContaining(['水素', 'アンモニア', '響灘']));
  });

  it('expands the page’s own keywords (a glossary entry’s aliases) with their synonyms', () => {
    const words = searchKeywords({ title: 'Case study', keywords: ['energy saving'] });
    expect(words).toEqual(expect.arrayContaining(['energy', 'saving', '省エネ', '省エネルギー']));
  });

  it('adds nothing to a page whose title names no known subject', () => {
    expect(searchKeywords({ title: 'GX（グリーントランスフォーメーション）' })).toEqual([]);
  });

  it('matches Latin words as whole words only, ignoring case', () => {
    expect(mentions('Offshore Wind Farm', 'wind farm')).toBe(true);
    expect(mentions('Window cleaning', 'wind')).toBe(false);
    expect(mentions('FAIS GX Promotion Subsidy (FY2024)', 'subsidy')).toBe(true);
    expect(mentions('GX推進補助金（令和7年度）', '補助金')).toBe(true);
  });

  it('every synonym group has words in both languages', () => {
    for (const group of synonymGroups) {
      expect(group.ja.length, JSON.stringify(group)).toBeGreaterThan(0);
      expect(group.en.length, JSON.stringify(group)).toBeGreaterThan(0);
    }
  });
});

describe('keywords are indexed the way queries are read (workaround for Pagefind issue #1237)', () => {
  it('indexes a Japanese compound whole and in the words Intl.Segmenter splits it into', () => {
    // Intl.Segmenter('ja') splits 洋上風力 into 洋上 | 風力 and keeps 省エネ whole; the index must hold both forms.
    expect(indexWords(['洋上風力'])).toEqual(['洋上風力', '洋上', '風力']);
    expect(indexWords(['省エネ'])).toEqual(['省エネ']);
  });

  it('drops punctuation as Pagefind drops it from a query, and keeps the parts of a hyphenated word', () => {
    expect(indexWords(['e-methane'])).toEqual(['emethane', 'e', 'methane']);
    expect(indexWords(['再エネ100%'])).toEqual(expect.arrayContaining(['再エネ100']));
  });

  it('leaves out single-character pieces, which would match far too much', () => {
    // 響灘臨海部 → 響灘 | 臨海 | 部: the lone 部 is not indexed.
    expect(indexWords(['響灘臨海部'])).toEqual(['響灘臨海部', '響灘', '臨海']);
  });

  it('lowercases and removes duplicates', () => {
    expect(indexWords(['Hydrogen', 'hydrogen', 'LPG'])).toEqual(['hydrogen', 'lpg']);
  });
});

describe('the main page about a thing is its subject in both languages', () => {
  it('gives the support page of EcoNiPass its names, with or without the /en prefix', () => {
    expect(subjectWords('/support/co2-visualization/')).toContain('econipass');
    expect(subjectWords('/en/support/co2-visualization/')).toEqual(subjectWords('/support/co2-visualization/'));
    expect(subjectWords('/en/support/consultation/')).toContain('consultation');
  });

  it('gives other pages, the glossary entries included, no subject', () => {
    expect(subjectWords('/glossary/econipass/')).toEqual([]);
    expect(subjectWords('/en/glossary/working-group/')).toEqual([]);
    expect(subjectWords('/')).toEqual([]);
  });
});
