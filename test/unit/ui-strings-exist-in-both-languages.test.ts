import { describe, expect, it } from 'vitest';
import ja from '../../src/i18n/ja.json';
import en from '../../src/i18n/en.json';
import { langFromParam, localPath, t } from '../../src/lib/i18n';

describe('UI strings', () => {
  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });
  it('has no empty string and no Japanese left in the English file', () => {
    // The consortium's Japanese name is its alternate name in English on purpose.
    const japaneseOnPurpose = new Set(['site.alternateName']);
    for (const [key, value] of Object.entries(en)) {
      expect(value, key).not.toBe('');
      if (!japaneseOnPurpose.has(key)) expect(value, key).not.toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
    for (const [key, value] of Object.entries(ja)) expect(value, key).not.toBe('');
  });
  it('fills placeholders', () => {
    expect(t('en', 'figure.asOf', { date: 'September 2024' })).toBe('as of September 2024');
    expect(t('ja', 'curriculum.session', { n: 6 })).toBe('第6回');
  });
});

describe('locale paths keep the page', () => {
  it('puts English under /en and Japanese at the root', () => {
    expect(localPath('ja', '/projects/green-lp-gas/')).toBe('/projects/green-lp-gas/');
    expect(localPath('en', '/projects/green-lp-gas/')).toBe('/en/projects/green-lp-gas/');
  });
  it('reads the language from the route parameter and rejects others', () => {
    expect(langFromParam(undefined)).toBe('ja');
    expect(langFromParam('en')).toBe('en');
    expect(() => langFromParam('fr')).toThrow(/fr/);
  });
});
