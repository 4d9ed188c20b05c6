import { describe, expect, it } from 'vitest';
import { searchFilterGroups, searchPagePayload, searchStringKeys, type SearchPageInput } from '../../src/lib/search/page-payload';
import { pageTypes } from '../../src/lib/search/filters';

const input = (lang: 'ja' | 'en'): SearchPageInput => ({
  lang,
  workingGroups: [{ id: 'next-generation-fuels', title: lang === 'ja' ? '次世代燃料部会' : 'Next-generation fuels' }],
  fiscalYears: [2021, 2025, 2024, 2025, 2020],
  glossary: [{ id: 'econipass', title: 'EcoNiPass（エコニパス）', description: 'A tool.', aliases: ['EcoNipass'], reading: 'えこにぱす' }],
});

describe('the search page hands its script one typed payload and renders three filters', () => {
  it('lists the fiscal years once each, newest first, as each language writes them', () => {
    const years = searchFilterGroups(input('ja')).find((g) => g.name === 'fiscalYear');
    expect(years?.param).toBe('fy');
    expect(years?.options).toEqual([
      { value: '2025', label: '2025年度' },
      { value: '2024', label: '2024年度' },
      { value: '2021', label: '2021年度' },
      { value: '2020', label: '2020年度' },
    ]);
    expect(searchFilterGroups(input('en')).find((g) => g.name === 'fiscalYear')?.options[0]).toEqual({ value: '2025', label: 'FY2025' });
  });

  it('labels every page type and working group, in the page language', () => {
    for (const lang of ['ja', 'en'] as const) {
      const payload = searchPagePayload(input(lang));
      expect(Object.keys(payload.labels.type)).toEqual([...pageTypes]);
      for (const label of Object.values(payload.labels.type)) expect(label).not.toMatch(/^search\./);
      expect(payload.labels.workingGroup['next-generation-fuels']).toBe(lang === 'ja' ? '次世代燃料部会' : 'Next-generation fuels');
    }
  });

  it('sends every status string the script asks for, filled from src/i18n', () => {
    const payload = searchPagePayload(input('en'));
    expect(Object.keys(payload.strings).sort()).toEqual([...searchStringKeys].sort());
    expect(payload.strings['search.status.many']).toContain('{count}');
  });

  it('makes each glossary entry a definition with its page, aliases and reading', () => {
    expect(searchPagePayload(input('en')).definitions).toEqual([
      { title: 'EcoNiPass（エコニパス）', description: 'A tool.', href: '/en/glossary/econipass/', terms: ['EcoNipass', 'えこにぱす'] },
    ]);
    expect(searchPagePayload(input('ja')).definitions[0]?.href).toBe('/glossary/econipass/');
  });
});
