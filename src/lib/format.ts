/**
 * Formatting of numbers, dates and amounts for both languages, with Intl only.
 * Dates come as precise as their source gives them (YYYY, YYYY-MM or YYYY-MM-DD) and are shown
 * at that precision, never padded.
 */
import type { Lang } from './i18n';

const locale = (lang: Lang) => (lang === 'ja' ? 'ja-JP' : 'en-GB');

// Creating an Intl formatter costs far more than using one (formatDate alone was 5% of a large
// build), so each locale and set of options gets one.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormat = (loc: string, options: Intl.NumberFormatOptions) => {
  const key = `${loc} ${JSON.stringify(options)}`;
  if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(loc, options));
  return numberFormats.get(key)!;
};
const dateFormat = (loc: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${loc} ${JSON.stringify(options)}`;
  if (!dateFormats.has(key)) dateFormats.set(key, new Intl.DateTimeFormat(loc, options));
  return dateFormats.get(key)!;
};

/** A number with grouping: 921241 → "921,241". */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(locale(lang), { maximumFractionDigits }).format(value);
}

/** An amount of yen: 5000000 → "5,000,000円" / "¥5,000,000". */
export function formatYen(value: number, lang: Lang): string {
  return lang === 'ja'
    ? `${formatNumber(value, lang, 0)}円`
    : numberFormat('en-US', { style: 'currency', currency: 'JPY' }).format(value);
}

/** A fraction as a share: 0.5 → "1/2" when it is a simple fraction, else a percentage. */
export function formatRate(value: number, lang: Lang): string {
  for (const d of [2, 3, 4, 5, 10]) {
    const n = Math.round(value * d);
    if (n > 0 && Math.abs(n / d - value) < 1e-9) return `${n}/${d}`;
  }
  return numberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A date at the precision it is written with: "2024-09" → "2024年9月" / "September 2024". */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return lang === 'ja' ? `${y}年` : String(y);
  const value = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale(lang), options).format(value);
}

/** A Japanese fiscal year (April–March): 2024 → "2024年度" / "FY2024". */
export function formatFiscalYear(year: number, lang: Lang): string {
  return lang === 'ja' ? `${year}年度` : `FY${year}`;
}
