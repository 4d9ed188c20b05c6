/**
 * Reads an amount as people really type it: full-width digits (１２３), thousands separators
 * (1,500 / １，５００), spaces, a full-width decimal point. An empty field is 0.
 * Never returns NaN or Infinity: anything else is an error the form shows beside the field.
 * A comma must separate thousands: `1,5` (a decimal comma, as in much of Europe) is refused rather
 * than read as 15. Input longer than `maxAmountLength` is refused before any pattern runs, and the
 * patterns cannot backtrack more than linearly, so a pasted block of text never freezes the page.
 */
export const amountErrors = ['not_a_number', 'negative', 'too_large', 'too_long', 'bad_separator'] as const;
export type AmountError = (typeof amountErrors)[number];
/** The UI strings of the errors (`amount.error.*` in src/i18n/), which every tool that reads an amount hands to its script. */
export const amountErrorKeys = amountErrors.map((e) => `amount.error.${e}` as const);
export type ParsedAmount = { ok: true; value: number } | { ok: false; error: AmountError };

/** No real amount needs more characters (1,000,000,000,000.000 is 21). */
const maxAmountLength = 40;

const fullWidth = /[０-９．，－＋]/g;
const halfOf: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+' };

/** Normalizes full-width characters, dashes and spaces; keeps the commas, which `parseAmount` checks. */
export function normalizeAmount(raw: string): string {
  return raw
    .replace(fullWidth, (c) => halfOf[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .replace(/[−‐–ー]/g, '-');
}

// Digits with optional thousands groups, then an optional decimal part; or a bare decimal part.
// Each alternative fails within a few characters or consumes digits once: no catastrophic backtracking.
const number = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^\.\d+$/;

/** Parses a typed amount; `max` is the largest plausible value for the field. */
export function parseAmount(raw: string, max: number): ParsedAmount {
  if (raw.length > maxAmountLength) return { ok: false, error: 'too_long' };
  const text = normalizeAmount(raw);
  if (text === '') return { ok: true, value: 0 };
  const sign = text[0] === '-' || text[0] === '+' ? text[0] : '';
  const digits = text.slice(sign.length);
  if (!number.test(digits)) return { ok: false, error: digits.includes(',') && /^[\d.,]+$/.test(digits) ? 'bad_separator' : 'not_a_number' };
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value) || value > max) return { ok: false, error: 'too_large' };
  if (sign === '-' && value !== 0) return { ok: false, error: 'negative' };
  return { ok: true, value };
}
