import { describe, expect, it } from 'vitest';
import { fiscalYearOf, formatDate, formatFiscalYear } from '../../src/lib/dates';
import { formatNumber, formatRate, formatYen, formatAmount } from '../../src/lib/format/amounts';

describe('dates are shown at the precision their source gives', () => {
  it('shows a year alone as a year', () => {
    expect(formatDate('2026', 'ja')).toBe('2026年');
    expect(formatDate('2026', 'en')).toBe('2026');
  });
  it('shows a month without inventing a day', () => {
    expect(formatDate('2024-09', 'ja')).toBe('2024年9月');
    expect(formatDate('2024-09', 'en')).toBe('September 2024');
  });
  it('shows a full date with its day', () => {
    expect(formatDate('2023-12-12', 'ja')).toBe('2023年12月12日');
    expect(formatDate('2023-12-12', 'en')).toBe('12 December 2023');
  });
  it('writes fiscal years the way each language does', () => {
    expect(formatFiscalYear(2024, 'ja')).toBe('2024年度');
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024');
  });
});

describe('the Japanese fiscal year of a date (April to March)', () => {
  it('starts on 1 April and leaves a bare year undecided', () => {
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2025-02')).toBe(2024);
    expect(fiscalYearOf('2024-12')).toBe(2024);
    expect(fiscalYearOf('2024')).toBeUndefined();
    expect(fiscalYearOf(undefined)).toBeUndefined();
  });
});

describe('numbers and money', () => {
  it('groups thousands', () => {
    expect(formatNumber(921241, 'ja')).toBe('921,241');
    expect(formatNumber(492.5, 'en')).toBe('492.5');
  });
  it('writes yen in each language', () => {
    expect(formatYen(5_000_000, 'ja')).toBe('500万円');
    expect(formatYen(5_000_000, 'en')).toBe('¥5 million');
    // Rounding would lose digits here, so every digit is kept.
    expect(formatYen(1_234_567, 'ja')).toBe('1,234,567円');
    expect(formatYen(1_234_567, 'en')).toBe('¥1,234,567');
    expect(formatYen(150_000_000, 'ja')).toBe('1.5億円');
  });
  it('writes simple fractions as fractions and others as percentages', () => {
    expect(formatRate(0.5, 'ja')).toBe('1/2');
    expect(formatRate(0.3, 'en')).toBe('3/10');
    expect(formatRate(0.123, 'en')).toBe('12.3%');
  });
});

describe('a figure known only as a bound never reads as an exact number', () => {
  it('marks lower bounds, upper bounds and approximations', () => {
    expect(formatAmount({ value: 200, unit: '社', bound: 'lower' }, 'ja')).toBe('200社以上');
    expect(formatAmount({ value: 200, unit: 'members', bound: 'lower' }, 'en')).toBe('200 members or more');
    expect(formatAmount({ value: 170000, unit: '世帯', bound: 'approx' }, 'ja')).toBe('約17万世帯');
    expect(formatAmount({ value: 5_000_000, unit: 'yen', bound: 'upper' }, 'en')).toBe('up to ¥5 million');
  });
  it('leaves exact figures as they are', () => {
    expect(formatAmount({ value: 253, unit: '社', bound: 'exact' }, 'ja')).toBe('253社');
  });
});
