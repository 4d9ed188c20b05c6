/**
 * Unknowns are worded as we know them: the facts only say "not found", so no reader-facing text says
 * "not published" (issue #16). Swept: the UI strings, every string in data/, every file in content/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ja from '../../src/i18n/ja.json';
import en from '../../src/i18n/en.json';
import { checkedNote, notFoundWording, notPublishedPhrase, saysNotFound, usesNotFoundWording } from '../../src/lib/content/unknown-wording';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

// Sentences about publishing in general, not about something our sources leave out.
const onPurpose: Array<[file: string, phrase: string]> = [
  // The national rule: without a published menu factor, the residual factor is used.
  ['content/glossary/ja/scope-2.md', '公表されていない'],
  // The site's own policy: it lists no contact details that their owners have not made public.
  ['content/pages/ja/investors.mdx', '公表されていない'],
  ['content/pages/en/investors.mdx', 'not been published'],
];

describe('the not-published detector', () => {
  it.each([
    ['非公表', '非公表'],
    ['受付期間は公表されていません', '公表されていません'],
    ['成果の数値はまだ公表されていません。', '公表されていません'],
    ['受付期間はまだ発表されていません', 'まだ発表されていません'],
    ['Topic not published', 'not published'],
    ['the application window has not been announced', 'not been announced'],
    ['No figure after September 2024 has been published.', 'No figure after September 2024 has been published'],
    ['Many cases have no published results', 'no published results'],
    ['シャボン玉石けん以外の社名も明らかになっていません。', '明らかになっていません'],
    ['the manufacturers that pledged to cooperate have not been named', 'not been named'],
  ])('finds %j', (text, phrase) => expect(notPublishedPhrase(text)).toBe(phrase));

  it.each([
    '確認できず',
    '受付期間は、確認できた資料には見当たりません（2026年11月確認）。',
    'Not found',
    'We found no figure after September 2024 in the sources we could read (checked November 2026).',
    'a secretariat column marking the anniversary was published on 13 January 2026',
    'the FY2024 case study published by 一般財団法人地方自治研究機構',
    'we found no published source linking this demonstration to that group',
  ])('lets %j pass', (text) => expect(notPublishedPhrase(text)).toBeUndefined());
});

describe('reader-facing text words unknowns as "not found"', () => {
  it('in the UI strings of both languages', () => {
    const found = Object.entries({ ...prefixed('ja', ja), ...prefixed('en', en) }).flatMap(([key, value]) => {
      const phrase = notPublishedPhrase(value);
      return phrase ? [`${key}: ${phrase}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('in every string of data/', () => {
    const found = filesUnder('data')
      .filter((f) => f.endsWith('.json'))
      .flatMap((file) =>
        stringsIn(JSON.parse(readFileSync(file, 'utf8'))).flatMap((s) => {
          const phrase = notPublishedPhrase(s);
          return phrase ? [`${file}: ${phrase}`] : [];
        }),
      );
    expect(found).toEqual([]);
  });

  it('in every file of content/, but for the sentences about publishing in general', () => {
    const found = filesUnder('content').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const phrase = notPublishedPhrase(line);
          const allowed = onPurpose.some(([f, p]) => f === file && phrase === p);
          return phrase && !allowed ? [`${file}:${i + 1}: ${phrase}`] : [];
        }),
    );
    expect(found).toEqual([]);
  });
});

function prefixed(lang: string, strings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).map(([k, v]) => [`${lang}.json ${k}`, v]));
}

/**
 * One wording per language, with the check date from one setting (src/config/unknowns.ts): every
 * line of content/ and every `ja`/`en` string of data/ that says something was not found says it as
 * 「確認できた資料には見当たりません（2026年11月確認）」 / "… in the sources we could read (checked
 * November 2026)". A line that only hedges a single source (「…でしか確認できていません」) is not an
 * unknown; the few lines that describe the convention itself are listed below with their reason.
 */
describe('every "not found" line uses the one wording and the one check date', () => {
  const general: Array<[file: string, phrase: string]> = [
    // The home page explains the convention in words, quoting it.
    ['content/pages/ja/index.mdx', '「確認できた資料には見当たらない」と、確認した時期とともに'],
    // A rule of the status labels, not a statement about a source.
    ['content/pages/ja/subsidies.mdx', '受付期間が資料に見当たらない回も'],
    // Points to the list of unknowns below it, which carries the date in its intro.
    ['content/support/ja/consultation.md', '資料に見当たらない点は、下の一覧のとおりです'],
  ];
  const hedge = /(?:しか|ほかの資料では|だけで)(?:確認できていません|確かめられていません)/;
  const offending = (file: string, lang: 'ja' | 'en', line: string) =>
    saysNotFound[lang].test(line.replace(hedge, '')) && !usesNotFoundWording(line, lang) && !general.some(([f, p]) => f === file && line.includes(p));

  it('builds the wording from the one setting', () => {
    expect(notFoundWording('ja')).toBe(`確認できた資料には見当たりません（${checkedNote('ja')}）`);
    expect(checkedNote('ja', '2026-11')).toBe('2026年11月確認');
    expect(checkedNote('en', '2026-11')).toBe('checked November 2026');
    expect(checkedNote('en', '2027-03')).toBe('checked March 2027');
  });

  it('catches a stray variant and lets the wording pass', () => {
    expect(offending('x', 'ja', '結果は公表資料では確認できていません。')).toBe(true);
    expect(offending('x', 'ja', `結果は${notFoundWording('ja')}。`)).toBe(false);
    expect(offending('x', 'ja', '結果は確認できた資料には見当たりません（2025年4月確認）。')).toBe(true);
    expect(offending('x', 'en', 'We have not found who received them.')).toBe(true);
    expect(offending('x', 'en', `Who received them was ${notFoundWording('en')}.`)).toBe(false);
    expect(offending('x', 'ja', 'この数値は二次資料でしか確認できていません。')).toBe(false);
  });

  it('in every line of content/', () => {
    const found = filesUnder('content').flatMap((file) => {
      const lang = file.includes('/en/') ? 'en' : file.includes('/ja/') ? 'ja' : undefined;
      if (!lang) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (offending(file, lang, line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 80)}`] : []));
    });
    expect(found).toEqual([]);
  });

  it('in every ja and en string of data/', () => {
    const pairs = (value: unknown, lang?: 'ja' | 'en'): Array<{ lang: 'ja' | 'en'; text: string }> =>
      typeof value === 'string'
        ? lang ? [{ lang, text: value }] : []
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => pairs(v, k === 'ja' || k === 'en' ? k : undefined))
          : [];
    // data/metrics/ notes are being rewritten with the datasets' "last checked" records (issue 24.4);
    // until then their unknowns are swept by that work, not here.
    const found = filesUnder('data')
      .filter((f) => f.endsWith('.json') && !f.startsWith('data/metrics/'))
      .flatMap((file) => pairs(JSON.parse(readFileSync(file, 'utf8'))).filter((s) => offending(file, s.lang, s.text)).map((s) => `${file}: ${s.text.slice(0, 80)}`));
    expect(found).toEqual([]);
  });
});
