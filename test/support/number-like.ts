/**
 * Strings as people type amounts, for the property tests of every parser (issue 17): not random
 * strings only, which almost never look like a number, but digits, separators, signs and full-width
 * forms in any order, and valid amounts written the ways people write them.
 */
import fc from 'fast-check';

/** The pieces number-like strings are made of: ASCII and full-width digits, separators, signs, spaces. */
export const numberPieces = ['0', '1', '5', '9', ',', '.', '-', '+', ' ', '１', '，', '．', '－', '　', '000', ',000'] as const;

/** Digits, separators, signs and full-width forms in any order: "1,5", "－000.", "9 ,000１". */
export const numberLike = (maxPieces = 20) => fc.array(fc.constantFrom(...numberPieces), { maxLength: maxPieces }).map((p) => p.join(''));

const fullWidth = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * A valid amount from 0 to `max` (whole, or with up to two decimals) and one way of typing it:
 * plain ("1234.5"), grouped ("1,234.5"), full-width ("１，２３４．５"), with spaces around.
 */
export const writtenAmount = (max: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: Math.floor(max) }), fc.constantFrom(0, 1, 2), fc.integer({ min: 0, max: 99 }), fc.constantFrom('plain', 'grouped', 'full-width', 'spaced'))
    .map(([whole, decimals, cents, style]) => {
      const value = decimals === 0 || whole === Math.floor(max) ? whole : Number(`${whole}.${String(cents).padStart(2, '0').slice(0, decimals)}`);
      const grouped = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
      const typed = style === 'plain' ? String(value) : style === 'grouped' ? grouped : style === 'full-width' ? fullWidth(grouped) : ` ${grouped}　`;
      return { value, typed };
    });

/** What a person may type into an amount field: number-like, a valid amount, or anything at all. */
export const typedAmount = (max: number) => fc.oneof(numberLike(), writtenAmount(max).map((a) => a.typed), fc.string({ unit: 'grapheme', maxLength: 20 }));
