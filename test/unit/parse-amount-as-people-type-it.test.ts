import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountErrors, normalizeAmount, parseAmount } from '../../src/lib/calculators/parse-amount';
import { numberLike, writtenAmount } from '../support/number-like';

const ok = (value: number) => ({ ok: true, value });

describe('amounts are read as people type them', () => {
  it('treats an empty field (or only spaces) as 0', () => {
    expect(parseAmount('', 1e9)).toEqual(ok(0));
    expect(parseAmount('  　 ', 1e9)).toEqual(ok(0));
  });
  it('reads full-width digits, separators and decimal points', () => {
    expect(parseAmount('１２３', 1e9)).toEqual(ok(123));
    expect(parseAmount('１，５００', 1e9)).toEqual(ok(1500));
    expect(parseAmount('1,500', 1e9)).toEqual(ok(1500));
    expect(parseAmount('１２．５', 1e9)).toEqual(ok(12.5));
    expect(parseAmount(' 100 000 ', 1e9)).toEqual(ok(100000));
    expect(parseAmount('.5', 1e9)).toEqual(ok(0.5));
  });
  it('rejects negatives, words and exponents with a reason', () => {
    expect(parseAmount('-5', 1e9)).toEqual({ ok: false, error: 'negative' });
    expect(parseAmount('－５', 1e9)).toEqual({ ok: false, error: 'negative' });
    expect(parseAmount('abc', 1e9)).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseAmount('1e5', 1e9)).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseAmount('1.2.3', 1e9)).toEqual({ ok: false, error: 'not_a_number' });
  });
  it('rejects absurd amounts above the field maximum, and accepts the maximum itself', () => {
    expect(parseAmount('1000000001', 1e9)).toEqual({ ok: false, error: 'too_large' });
    expect(parseAmount('1000000000', 1e9)).toEqual(ok(1e9));
    expect(parseAmount('9'.repeat(30), 1e9)).toEqual({ ok: false, error: 'too_large' });
  });
  it('refuses a decimal comma instead of reading 1,5 as 15', () => {
    expect(parseAmount('1,5', 1e9)).toEqual({ ok: false, error: 'bad_separator' });
    expect(parseAmount('１，５', 1e9)).toEqual({ ok: false, error: 'bad_separator' });
    expect(parseAmount('1,50,000', 1e9)).toEqual({ ok: false, error: 'bad_separator' });
    expect(parseAmount('1,500.5', 1e9)).toEqual(ok(1500.5));
    expect(parseAmount('12.', 1e9)).toEqual(ok(12));
  });
  // How fast these are refused is a matter for a benchmark, not a wall-clock assertion that fails on a busy machine.
  it('refuses input longer than 40 characters, however long the paste', () => {
    expect(parseAmount('1'.repeat(41), 1e9)).toEqual({ ok: false, error: 'too_long' });
    for (const pasted of ['1'.repeat(100_000), `${'1'.repeat(15_000)}a`, `${'1,'.repeat(50_000)}x`, `${'１２３ '.repeat(25_000)}`]) {
      expect(parseAmount(pasted, 1e9)).toEqual({ ok: false, error: 'too_long' });
    }
  });
  it('refuses the longest near-miss within the limit as not a number', () => {
    // 39 digits and a letter: the worst case for a backtracking pattern within the length limit.
    expect(parseAmount(`${'9'.repeat(39)}a`, 1e9)).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseAmount(`${'9,999'.repeat(7)}a`, 1e9)).toEqual({ ok: false, error: 'not_a_number' });
  });
  it('never returns NaN, Infinity or a negative value for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const r = parseAmount(s, 1e9);
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(1e9);
        } else {
          expect(amountErrors).toContain(r.error);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('reads number-like strings (digits, separators, signs, full-width forms) without NaN, and never a comma as a decimal point', () => {
    fc.assert(
      fc.property(numberLike(), (s) => {
        const r = parseAmount(s, 1e12);
        if (!r.ok) return;
        expect(Number.isFinite(r.value)).toBe(true);
        const plain = normalizeAmount(s);
        // Whatever was accepted with a comma used it between groups of three digits.
        for (const part of plain.split('.')[0]!.split(',').slice(1)) expect(part).toMatch(/^\d{3}$/);
      }),
      { numRuns: 3000 },
    );
  });
  it('reads a valid amount back to itself however it is written (plain, grouped, full-width, spaced)', () => {
    fc.assert(
      fc.property(writtenAmount(1e9), ({ value, typed }) => {
        expect(parseAmount(typed, 1e9)).toEqual(ok(value));
      }),
      { numRuns: 2000 },
    );
  });
  it('reads any number written with separators back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        expect(parseAmount(n.toLocaleString('en-US'), 1e9)).toEqual(ok(n));
      }),
    );
  });
});
