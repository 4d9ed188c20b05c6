import { describe, expect, it } from 'vitest';
import { exampleMetric } from '../support/example-metric';
import { inlineFigure } from '../../src/lib/metrics/figures';
import { loadData } from '../../src/lib/content/check/load';

const { metrics } = loadData();
function metric(id: string) {
  const found = metrics.find((d) => d.id === id);
  if (!found) throw new Error(`no dataset ${id}`);
  return found;
}

const m = exampleMetric;

describe('a dataset point inside a sentence', () => {
  const desk = m({ unit: { ja: '件', en: 'consultations' }, points: [{ x: '2024-09', value: 21, reliability: 'unverified' }] });

  it('reads with its unit in the language of the page, the counter joined in Japanese', () => {
    expect(inlineFigure(desk, { x: '2024-09' }, 'ja').text).toBe('21件');
    expect(inlineFigure(desk, { x: '2024-09' }, 'en').text).toBe('21 consultations');
  });

  it('carries the reliability of the point, so the page can mark it', () => {
    expect(inlineFigure(desk, { x: '2024-09' }, 'ja').reliability).toBe('unverified');
  });

  it('says its as-of date only when asked', () => {
    expect(inlineFigure(desk, { x: '2024-09' }, 'ja').asOf).toBeUndefined();
    expect(inlineFigure(desk, { x: '2024-09', asOf: true }, 'ja').asOf).toBe('2024年9月時点');
    expect(inlineFigure(desk, { x: '2024-09', asOf: true }, 'en').asOf).toBe('as of September 2024');
  });

  it('reads an amount as people write it, with its bound: 約4,767万円, about ¥47.7 million, 20万円以上', () => {
    const budget = m({ unit: { ja: '千円', en: 'thousand yen' }, asOf: 'FY2024', points: [{ x: 'FY2024', value: 47672 }, { x: 'FY2023', value: 200, bound: 'lower' }] });
    // 47,672千円 = 47,672,000円 = 4,767.2万円, rounded for reading in a sentence (the table keeps every digit).
    expect(inlineFigure(budget, { x: 'FY2024', asOf: true }, 'ja')).toEqual({ text: '約4,767万円', asOf: '2024年度時点', reliability: 'primary' });
    expect(inlineFigure(budget, { x: 'FY2024' }, 'en').text).toBe('about ¥47.7 million');
    expect(inlineFigure(budget, { x: 'FY2023' }, 'ja').text).toBe('20万円以上'); // 200千円 = 200,000円
    expect(inlineFigure(budget, { x: 'FY2023' }, 'en').text).toBe('¥200,000 or more');
  });

  it('writes a percentage without a space in English', () => {
    const cut = m({ unit: { ja: '%', en: '%' }, valueKind: 'share', points: [{ x: 'FY2030', value: 47 }] });
    expect(inlineFigure(cut, { x: 'FY2030' }, 'en').text).toBe('47%');
  });

  it('picks the point of the named series', () => {
    const two = m({ unit: { ja: '基', en: 'turbines' }, series: { a: { ja: 'A', en: 'A' }, b: { ja: 'B', en: 'B' } }, points: [{ x: '2025', series: 'a', value: 1 }, { x: '2025', series: 'b', value: 25 }] });
    expect(inlineFigure(two, { x: '2025', series: 'b' }, 'en').text).toBe('25 turbines');
  });

  it('fails, naming the dataset and the point, when the dataset has no such point', () => {
    expect(() => inlineFigure(desk, { x: '2031-01' }, 'ja')).toThrow(/data\/metrics\/example\.json.*2031-01|2031-01.*data\/metrics\/example\.json/);
  });

  it('reads the real R6 counts as unverified', () => {
    expect(inlineFigure(metric('consultations'), { x: '2024-09' }, 'ja')).toEqual({ text: '21件', asOf: undefined, reliability: 'unverified' });
    expect(inlineFigure(metric('co2-tool-adoption'), { x: '2024-09' }, 'en').text).toBe('27 companies');
  });
});
