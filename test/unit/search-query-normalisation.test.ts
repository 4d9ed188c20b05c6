import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../src/lib/search/normalize-query';

describe('normalizeQuery reads queries the way Japanese users type them', () => {
  it('turns full-width letters and digits into ASCII', () => {
    expect(normalizeQuery('ＣＯ２')).toBe('CO2');
    expect(normalizeQuery('ｅ－メタン')).toBe('e-メタン'); // the dash follows a Latin letter: a hyphen
    expect(normalizeQuery('再エネ１００％')).toBe('再エネ100%');
    expect(normalizeQuery('スコープ３')).toBe('スコープ3');
  });

  it('turns the full-width space into a space and trims', () => {
    expect(normalizeQuery('　ＧＸ　補助金　')).toBe('GX 補助金');
    expect(normalizeQuery('hydrogen   hub')).toBe('hydrogen hub');
  });

  it('turns half-width katakana into full-width, joining voiced and semi-voiced marks', () => {
    expect(normalizeQuery('ｴｺﾆﾊﾟｽ')).toBe('エコニパス');
    expect(normalizeQuery('ﾋﾞｼﾞﾈｽｽｸｰﾙ')).toBe('ビジネススクール'); // ｰ (U+FF70) is ー
    expect(normalizeQuery('ｱﾝﾓﾆｱ')).toBe('アンモニア');
  });

  it('reads a dash, minus or wave dash after katakana as the long vowel mark', () => {
    expect(normalizeQuery('エネルギ－')).toBe('エネルギー'); // full-width hyphen-minus U+FF0D
    expect(normalizeQuery('エネルギ-')).toBe('エネルギー'); // ASCII hyphen
    expect(normalizeQuery('カ−ボンニュ−トラル')).toBe('カーボンニュートラル'); // minus sign U+2212
    expect(normalizeQuery('サ―ビス')).toBe('サービス'); // horizontal bar U+2015
    expect(normalizeQuery('センタ〜')).toBe('センター'); // wave dash U+301C
  });

  it('keeps a hyphen after Latin letters, digits or kanji', () => {
    expect(normalizeQuery('e-メタン')).toBe('e-メタン');
    expect(normalizeQuery('CO2-free')).toBe('CO2-free');
    expect(normalizeQuery('next-generation fuels')).toBe('next-generation fuels');
    expect(normalizeQuery('水素-拠点')).toBe('水素-拠点');
  });

  it('turns subscript digits into digits', () => {
    expect(normalizeQuery('CO₂')).toBe('CO2');
  });

  it('leaves what is already normal unchanged', () => {
    for (const q of ['水素', '洋上風力発電', 'グリーンLPガス', 'EcoNiPass', 'consultation', '']) expect(normalizeQuery(q)).toBe(q);
  });
});
