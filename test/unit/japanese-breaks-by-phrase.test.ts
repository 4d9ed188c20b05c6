/** Japanese short text breaks by phrase: <wbr> at BudouX boundaries inside headings, cards and buttons only. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakPhrases, insertPhraseBreaks, phraseClasses, phraseTags } from '../../src/lib/format/phrase-breaks';

describe('breakPhrases', () => {
  it('puts a break opportunity between phrases and none inside a word', () => {
    const out = breakPhrases('北九州GX推進コンソーシアムの取組');
    expect(out.replaceAll('<wbr>', '')).toBe('北九州GX推進コンソーシアムの取組');
    expect(out).toContain('<wbr>');
    // The word the issue saw broken (「コンソ／ーシアム」) stays whole.
    expect(out).toContain('コンソーシアム');
    expect(out).not.toMatch(/コ(<wbr>)?ン(<wbr>)?ソ<wbr>/);
  });

  it('lets a long proper noun break where the script changes, not inside a word', () => {
    expect(breakPhrases('北九州GX推進コンソーシアム')).toBe('北九州GX<wbr>推進<wbr>コンソーシアム');
    // Short phrases stay whole, and so does a number with its unit (2020年度).
    expect(breakPhrases('GX推進')).toBe('GX推進');
    expect(breakPhrases('部門別割合（2020年度）')).not.toContain('2020<wbr>年度');
  });

  it('gives an acronym after a long kanji name its own phrase, so that a heading never breaks inside "GX"', () => {
    // The FY2025 subsidy's title: BudouX reads 北九州産業学術推進機構GX as one 13-character phrase,
    // wider than a phone's line, so the browser cut it anywhere (once between G and X).
    const out = breakPhrases('北九州産業学術推進機構GX推進補助金（令和7年度）');
    expect(out).toBe('北九州産業学術推進機構<wbr>GX<wbr>推進補助金<wbr>（令和7年度）');
    // The acronym is one phrase, whole; a shorter name keeps it (北九州GX).
    expect(out.split('<wbr>').filter((p) => /[A-Za-z]/.test(p))).toEqual(['GX']);
    expect(breakPhrases('北九州GX推進コンソーシアム')).toMatch(/^北九州GX<wbr>/);
  });

  it('never strands one character: はい stays one word', () => {
    expect(breakPhrases('はい')).toBe('はい');
    expect(breakPhrases('いいえ')).toBe('いいえ');
    expect(breakPhrases('判定にはまだ情報が足りません')).toBe('判定には<wbr>まだ<wbr>情報が<wbr>足りません');
  });

  it('leaves English alone, and entities whole', () => {
    expect(breakPhrases('Kitakyushu GX Promotion Consortium')).toBe('Kitakyushu GX Promotion Consortium');
    const out = breakPhrases('研究&amp;開発の補助金');
    expect(out.replaceAll('<wbr>', '')).toBe('研究&amp;開発の補助金');
    expect(out).toContain('&amp;');
  });
});

describe('insertPhraseBreaks', () => {
  const heading = '<h2 id="a">支援制度を使って排出量を減らすには</h2>';

  it('changes only the text of the listed elements', () => {
    const page = `<!doctype html><html lang="ja"><head><title>支援制度を使って排出量を減らすには</title></head><body>${heading}<p>支援制度を使って排出量を減らすには</p></body></html>`;
    const out = insertPhraseBreaks(page);
    expect(out.replaceAll('<wbr>', '')).toBe(page);
    expect(out).toMatch(/<h2 id="a">[^<]*<wbr>/);
    expect(out).toContain('<title>支援制度を使って排出量を減らすには</title>');
    expect(out).toContain('<p>支援制度を使って排出量を減らすには</p>');
  });

  it('reaches cards by class, text inside nested elements, and stops at the end tag', () => {
    const out = insertPhraseBreaks('<a class="entry-point" href="/"><span class="entry-point-title">投資・連携を検討している方へ</span></a><h3>会員企業の<em>排出量を減らすための支援制度</em></h3><p>投資・連携を検討している方へ</p>');
    expect(out).toMatch(/<span class="entry-point-title">[^<]*<wbr>/);
    expect(out).toMatch(/<em>排出量を<wbr>減らすための<wbr>支援制度<\/em>/);
    expect(out).toContain('<p>投資・連携を検討している方へ</p>');
  });

  it('never touches scripts, styles, SVG or attribute values', () => {
    const script = '<button data-x="<h2>北九州の取組</h2>"><script>const s = "北九州GX推進コンソーシアム";</script><svg><title>北九州GX推進コンソーシアム</title></svg>検索する</button>';
    const out = insertPhraseBreaks(script);
    expect(out).toContain('data-x="<h2>北九州の取組</h2>"');
    expect(out).toContain('<script>const s = "北九州GX推進コンソーシアム";</script>');
    expect(out).toContain('<title>北九州GX推進コンソーシアム</title>');
  });
});

describe('the stylesheet and the scanner', () => {
  it('keep the same list: every element that gets <wbr> is kept whole between them, and no other', () => {
    const css = readFileSync(new URL('../../src/styles/site.css', import.meta.url), 'utf8');
    const rule = /:lang\(ja\)\s*:where\(([^)]*)\)\s*\{\s*word-break:\s*keep-all/.exec(css);
    expect(rule, 'site.css has the :lang(ja) :where(…) { word-break: keep-all } rule').not.toBeNull();
    const listed = rule![1]!.split(',').map((s) => s.trim()).sort();
    expect(listed).toEqual([...phraseTags, ...phraseClasses.map((c) => `.${c}`)].sort());
  });
});
