import { describe, expect, it } from 'vitest';
import { fiscalYearOf, formatDate, formatFiscalYear, formatRange } from '../../src/lib/dates';
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

describe('a period from one date to another', () => {
  it('drops the shared year from the end in Japanese and from the start in English', () => {
    expect(formatRange('2025-04-04', '2025-06-06', 'ja')).toBe('2025年4月4日〜6月6日');
    expect(formatRange('2025-04-04', '2025-06-06', 'en')).toBe('4 April – 6 June 2025');
    expect(formatRange('2026-04', '2026-11', 'ja')).toBe('2026年4月〜11月');
    expect(formatRange('2026-04', '2026-11', 'en')).toBe('April – November 2026');
  });
  it('writes the month once when both days fall in it', () => {
    expect(formatRange('2025-08-29', '2025-08-30', 'ja')).toBe('2025年8月29日〜30日');
    expect(formatRange('2025-08-29', '2025-08-30', 'en')).toBe('29–30 August 2025');
  });
  it('writes both dates in full across a new year', () => {
    expect(formatRange('2024-12-01', '2025-01-31', 'ja')).toBe('2024年12月1日〜2025年1月31日');
    expect(formatRange('2024-12-01', '2025-01-31', 'en')).toBe('1 December 2024 – 31 January 2025');
    expect(formatRange('2026-12', '2027-03', 'en')).toBe('December 2026 – March 2027');
    expect(formatRange('2024', '2025', 'ja')).toBe('2024年〜2025年');
  });
  it('writes dates of different precision in full, and one date once', () => {
    // A month is not shortened against a day of the same year: "2025年4月〜6月6日" would read as from 6 April.
    expect(formatRange('2025-04', '2025-06-06', 'ja')).toBe('2025年4月〜2025年6月6日');
    expect(formatRange('2025-04', '2025-06-06', 'en')).toBe('April 2025 – 6 June 2025');
    expect(formatRange('2025-06-06', '2025-06-06', 'en')).toBe('6 June 2025');
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
