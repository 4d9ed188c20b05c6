/**
 * Reads an amount as people really type it: full-width digits (１２３), thousands separators
 * (1,500 / １，５００), spaces, a full-width decimal point. An empty field is 0.
 * Never returns NaN or Infinity: anything else is an error the form shows beside the field.
 */
export type AmountError = 'not_a_number' | 'negative' | 'too_large';
export type ParsedAmount = { ok: true; value: number } | { ok: false; error: AmountError };

const fullWidth = /[０-９．，－＋]/g;
const halfOf: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+' };

/** Normalizes full-width characters and removes spaces and thousands separators. */
export function normalizeAmount(raw: string): string {
  return raw
    .replace(fullWidth, (c) => halfOf[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .replace(/[−‐–ー]/g, '-')
    .replace(/,/g, '');
}

/** Parses a typed amount; `max` is the largest plausible value for the field. */
export function parseAmount(raw: string, max: number): ParsedAmount {
  const text = normalizeAmount(raw);
  if (text === '') return { ok: true, value: 0 };
  const match = text.match(/^([+-]?)(\d+\.?\d*|\.\d+)$/);
  if (!match) return { ok: false, error: 'not_a_number' };
  const value = Number(match[2]);
  if (!Number.isFinite(value) || value > max) return { ok: false, error: 'too_large' };
  if (match[1] === '-' && value !== 0) return { ok: false, error: 'negative' };
  return { ok: true, value };
}
