/**
 * Unknowns are worded as we know them: the facts only say "not found", so no reader-facing text says
 * "not published" (issue #16). Swept: the UI strings, every string in data/, every file in content/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ja from '../../src/i18n/ja.json';
import en from '../../src/i18n/en.json';
import { notPublishedPhrase } from '../../src/lib/content/unknown-wording';

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
