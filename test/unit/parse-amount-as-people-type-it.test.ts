import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/lib/calculators/parse-amount';

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
    expect(parseAmount('9'.repeat(400), 1e9)).toEqual({ ok: false, error: 'too_large' });
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
          expect(['not_a_number', 'negative', 'too_large']).toContain(r.error);
        }
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
