/** The header's language link goes to the same page in the other language. */
import { describe, expect, it } from 'vitest';
import { otherLanguage } from '../../src/lib/i18n';

describe('otherLanguage', () => {
  it('maps a Japanese page to its English twin and back', () => {
    expect(otherLanguage('/')).toEqual({ lang: 'en', path: '/en/', label: 'English' });
    expect(otherLanguage('/projects/green-lp-gas/')).toEqual({ lang: 'en', path: '/en/projects/green-lp-gas/', label: 'English' });
    expect(otherLanguage('/en/')).toEqual({ lang: 'ja', path: '/', label: '日本語' });
    expect(otherLanguage('/en/tools/co2/')).toEqual({ lang: 'ja', path: '/tools/co2/', label: '日本語' });
  });

  it('does not take a Japanese path that merely starts with "en" for English', () => {
    expect(otherLanguage('/energy/')?.path).toBe('/en/energy/');
  });

  it('offers no link on the 404 page, which speaks both languages', () => {
    expect(otherLanguage('/404.html')).toBeUndefined();
    expect(otherLanguage('/404/')).toBeUndefined();
  });

  it("offers no link on the editors' desk, which is in Japanese only", () => {
    expect(otherLanguage('/admin/desk/')).toBeUndefined();
    // …while a page whose name merely starts with "admin" still has its twin.
    expect(otherLanguage('/administration/')?.path).toBe('/en/administration/');
  });
});
