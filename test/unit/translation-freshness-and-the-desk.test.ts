/**
 * An English page is behind when its Japanese twin changed after the English recorded it
 * (translatedFrom); the desk lists those pages with the code to record, the build's "due for a
 * check" items, single-source and secondary facts, unknowns older than a year and recent updates.
 */
import { describe, expect, it } from 'vitest';
import { translationCode, translationState } from '../../src/lib/content/translation';
import { deskReport, unknownCheckDates, type DeskInput } from '../../src/lib/content/desk';

const jaText = '---\ntitle: "設立"\nupdated: "2026-11-28"\n---\n\n本文です。\n';

describe('translation freshness', () => {
  it('codes the Japanese file as written, line ends aside', () => {
    expect(translationCode(jaText)).toMatch(/^[0-9a-f]{12}$/);
    expect(translationCode(jaText.replace(/\n/g, '\r\n'))).toBe(translationCode(jaText));
    expect(translationCode(`${jaText}追記。\n`)).not.toBe(translationCode(jaText));
  });

  it('is current when the English records the Japanese as it is, behind after any change, unrecorded without a record', () => {
    const code = translationCode(jaText);
    expect(translationState(jaText, code)).toEqual({ state: 'current' });
    const changed = jaText.replace('本文です。', '本文を改めました。');
    expect(translationState(changed, code)).toEqual({ state: 'behind', code: translationCode(changed), recorded: code });
    expect(translationState(jaText, undefined)).toEqual({ state: 'unrecorded', code });
  });
});

describe('the desk', () => {
  const entry = (lang: 'ja' | 'en', id: string, text: string, data: DeskInput['entries'][number]['data']) => ({
    collection: 'news', file: `content/news/${lang}/${id}.md`, lang, id, text, data,
  });
  const changedJa = jaText.replace('本文です。', '本文を改めました。確認できた資料には見当たりません（2025年10月確認）。');
  const input: DeskInput = {
    entries: [
      entry('ja', 'a', changedJa, { title: '設立', updated: '2026-11-28', sources: [{ url: 'https://x.jp', reliability: 'secondary' }], reliability: 'unverified' } as never),
      entry('en', 'a', 'english', { title: 'Founding', updated: '2026-11-28', sources: [{}], translatedFrom: translationCode(jaText) }),
      entry('ja', 'b', jaText, { title: '二つ目', updated: '2026-12-01', sources: [{}, {}] }),
      entry('en', 'b', 'english', { title: 'Second', updated: '2026-12-01', sources: [{}, {}], translatedFrom: translationCode(jaText) }),
      entry('ja', 'c', jaText, { title: '三つ目', updated: '2026-01-01', sources: [{}, {}] }),
      entry('en', 'c', 'english', { title: 'Third', updated: '2026-01-01', sources: [{}, {}] }),
    ],
    dataFiles: [{ file: 'data/metrics/m.json', title: '会員数', updated: '2026-11-30' }],
    due: [{ file: 'data/metrics/m.json', why: 'as of 2024-09, older than its review interval of 12 months' }],
    today: '2026-12-06',
    pathOf: (collection, id) => `/${collection}/${id}/`,
  };
  const report = deskReport(input);

  it('lists the English page whose Japanese twin changed, with the code to record, and not the unchanged pair', () => {
    expect(report.behind).toEqual([{ file: 'content/news/en/a.md', title: 'Founding', path: '/en/news/a/', japaneseFile: 'content/news/ja/a.md', code: translationCode(changedJa) }]);
    expect(report.unrecorded.map((u) => u.file)).toEqual(['content/news/en/c.md']);
  });

  it('passes on the build’s due items as they are', () => {
    expect(report.due).toEqual(input.due);
  });

  it('counts single sources and secondary and unverified marks per page', () => {
    expect(report.facts).toEqual([{ file: 'content/news/ja/a.md', title: '設立', path: '/news/a/', singleSource: true, secondary: 1, unverified: 1 }]);
  });

  it('lists unknowns checked more than a year ago, in either language', () => {
    expect(unknownCheckDates('（2025年10月確認）… (checked November 2026)')).toEqual(['2025-10', '2026-11']);
    expect(report.oldUnknowns).toEqual([{ file: 'content/news/ja/a.md', title: '設立', path: '/news/a/', checked: '2025-10' }]);
  });

  it('lists what was checked most recently first, data files included', () => {
    expect(report.recent.slice(0, 3).map((r) => r.file)).toEqual(['content/news/en/b.md', 'content/news/ja/b.md', 'data/metrics/m.json']);
  });
});
