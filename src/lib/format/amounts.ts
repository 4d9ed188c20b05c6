/**
 * Format: how figures are written for people. Amounts and numbers (this file), the one CSV writer
 * (csv.ts) and Japanese phrase breaks (phrase-breaks.ts). Dates are in ../dates.ts.
 *
 * Numbers and amounts in words, for both languages, with Intl only (dates are in ../dates.ts).
 * Amounts are written as people write them. A dataset or a page gives a value in the unit its source uses
 * (5900 億円, 35.7 万t-CO2, 47672 千円, 170000000000 円); the reader sees it in the words of their
 * language: 約1,700億円 / about ¥170 billion, 35.7万t-CO2 / 357,000 t-CO2, 約4,767万円 / about
 * ¥47.7 million. Japanese counts in 万 (10^4), 億 (10^8) and 兆 (10^12); English in thousand,
 * million, billion and trillion (short scale). No amount of a billion or more is ever written in
 * full digits, and a unit is never a literal translation of a Japanese one ("10,000 t").
 */
import { defined } from '../defined';
import { locale, type Lang } from '../i18n';
import { formatterCache } from './intl-cache';

const numberFormat = formatterCache((loc: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(loc, options));

/** A number with grouping: 921241 → "921,241"; `minimumFractionDigits` keeps trailing zeros (1,016.950). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  return numberFormat(locale(lang), { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/**
 * An amount of yen with every digit, in the words people use when those hold every digit:
 * 5000000 → "500万円" / "¥5 million"; 1234567 → "1,234,567円" / "¥1,234,567" (see formatAmount).
 */
export function formatYen(value: number, lang: Lang): string {
  const amount = { value, unit: lang === 'ja' ? '円' : 'yen' };
  const reading = formatAmount(amount, lang);
  return reading.startsWith(boundWords[lang].approx('')) ? formatAmount(amount, lang, { exact: true }) : reading;
}

/** A fraction as a share: 0.5 → "1/2" when it is a simple fraction, else a percentage. */
export function formatRate(value: number, lang: Lang): string {
  for (const d of [2, 3, 4, 5, 10]) {
    const n = Math.round(value * d);
    if (n > 0 && Math.abs(n / d - value) < 1e-9) return `${n}/${d}`;
  }
  return numberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** How a figure relates to the truth: exactly, at least, at most, or about. */
export type Bound = 'exact' | 'lower' | 'upper' | 'approx';

export interface Amount {
  /** The value in `unit`, as its source gives it. */
  value: number;
  /** The unit as the source writes it, in the reader's language: 億円, 万t-CO2, 100 million yen, t-CO2. */
  unit: string;
  bound?: Bound;
}

/** A unit taken apart: a multiplier and what is counted (円, yen, t-CO2, 人 …). */
export interface ParsedUnit {
  scale: number;
  base: string;
  yen: boolean;
}

const jaScales: Array<[string, number]> = [['兆', 1e12], ['億', 1e8], ['百万', 1e6], ['万', 1e4], ['千', 1e3]];

const enScales: Array<[string, number]> = [['trillion', 1e12], ['100 million', 1e8], ['billion', 1e9], ['million', 1e6], ['10,000', 1e4], ['thousand', 1e3]];

/** "億円" → 10^8 × 円; "× 100 million yen" → 10^8 × yen; "t-CO2" → 1 × t-CO2. */
export function parseUnit(unit: string, lang: Lang): ParsedUnit {
  const text = unit.trim().replace(/^×\s*/, '');
  const found = lang === 'ja'
    ? jaScales.find(([w]) => text.startsWith(w) && text.length > w.length)
    : enScales.find(([w]) => text.startsWith(`${w} `));
  const base = found ? text.slice(found[0].length).trim() : text;
  return { scale: found ? found[1] : 1, base, yen: lang === 'ja' ? base === '円' : base === 'yen' };
}

/**
 * A quantity per period of time (トン/年, t-CO2/年度, t per year, kWh/month) is still an amount, and
 * takes 万 and million as its quantity would: 約3万トン/年, 1.2 million t per year.
 */
const perPeriod = /(?:\/\s?|\sper\s)(?:年度?|月|日|yr|year|month|day)$/;

/**
 * Units that are not counts or amounts (shares, rates, temperatures, prices per unit: %, 円/kWh,
 * 人/km²) never take 万 or million; a quantity per period of time does.
 */
const unscalable = (base: string) => /[%％℃°倍]/.test(base) || (/\/|per /.test(base) && !perPeriod.test(base));

/** value × scale without binary noise: 35.7 × 10^4 = 357000, not 357000.00000000006. */
const times = (value: number, scale: number) => Number((value * scale).toPrecision(15));

type Rounding = 'exact' | 'down' | 'up' | 'nearest';

/** Rounds to `digits` decimals; a lower bound rounds down and an upper bound up, so neither overstates. */
function roundTo(value: number, digits: number, how: Rounding): number {
  if (how === 'exact') return value;
  const f = 10 ** digits;
  const op = how === 'down' ? Math.floor : how === 'up' ? Math.ceil : Math.round;
  return Number((op(Number((value * f).toPrecision(15))) / f).toPrecision(15));
}

/** Decimals kept when reading: 3 significant digits, never fewer than the whole part (4,767万). */
const readingDigits = (mantissa: number) => (mantissa >= 100 ? 0 : mantissa >= 10 ? 1 : 2);

/**
 * A magnitude written with one scale word, the largest the value reaches, rounded for reading unless
 * `how` is 'exact'; 9,999.6万 rounds to 10,000万 and so is written 1億.
 */
function withScale(n: number, scales: Array<[string, number]>, how: Rounding, lang: Lang): { text: string; word: string; size: number } {
  const i = scales.findIndex(([, s]) => n >= s);
  let [word, size] = defined(scales[i], `a scale word for ${n}`);
  let mantissa = roundTo(n / size, readingDigits(n / size), how);
  const larger = scales[i - 1];
  if (larger && mantissa * size >= larger[1]) {
    [word, size] = larger;
    mantissa = roundTo(n / size, readingDigits(n / size), how);
  }
  return { text: formatNumber(mantissa, lang, how === 'exact' ? 12 : 2), word, size };
}

/** Exact Japanese for large amounts, the way a contract writes them: 12億3,456万7,891. */
function jaExact(n: number): string {
  if (!Number.isInteger(n)) return formatNumber(n, 'ja', 12);
  let rest = n;
  const parts: string[] = [];
  for (const [word, s] of [['兆', 1e12], ['億', 1e8], ['万', 1e4]] as const) {
    const q = Math.floor(rest / s);
    if (q > 0) parts.push(`${formatNumber(q, 'ja', 0)}${word}`);
    rest -= q * s;
  }
  if (rest > 0) parts.push(formatNumber(rest, 'ja', 0));
  return parts.join('');
}

const boundWords: Record<Lang, Record<Exclude<Bound, 'exact'>, (s: string) => string>> = {
  ja: { approx: (s) => `約${s}`, lower: (s) => `${s}以上`, upper: (s) => `最大${s}` },
  en: { approx: (s) => `about ${s}`, lower: (s) => `${s} or more`, upper: (s) => `up to ${s}` },
};

export interface AmountOptions {
  /** Every digit the source gives (tables, open data) instead of a figure rounded for reading. */
  exact?: boolean;
}

/**
 * An amount with its unit and bound, in words a reader of `lang` expects.
 * Reading (the default): from 1万 (ja) or 1 million (en) up, three significant digits and a scale
 * word; when that rounds an exact figure, it says 約 / about.
 * Exact: every digit, still with a scale word from 1 billion (en) or 1億 (ja) up; Japanese keeps
 * the source's own unit when it has a scale (47,672千円, 35.7万t-CO2).
 */
export function formatAmount(amount: Amount, lang: Lang, options: AmountOptions = {}): string {
  const bound = amount.bound ?? 'exact';
  const unit = parseUnit(amount.unit, lang);
  const total = times(amount.value, unit.scale);
  const n = Math.abs(total);
  const sign = total < 0 ? '-' : '';
  const how: Rounding = options.exact ? 'exact' : bound === 'lower' ? (total < 0 ? 'up' : 'down') : bound === 'upper' ? (total < 0 ? 'down' : 'up') : 'nearest';
  let digits: string;
  let scaleWord = '';
  let rounded = false;

  if (unscalable(unit.base)) {
    digits = formatNumber(n, lang, 12);
  } else if (lang === 'ja') {
    if (options.exact && unit.scale > 1) {
      digits = `${formatNumber(Math.abs(amount.value), lang, 12)}${amount.unit.trim().slice(0, amount.unit.trim().length - unit.base.length)}`;
    } else if (options.exact) {
      digits = n >= 1e8 ? jaExact(n) : formatNumber(n, lang, 12);
    } else if (n >= 1e4) {
      const s = withScale(n, [['兆', 1e12], ['億', 1e8], ['万', 1e4]], how, lang);
      digits = `${s.text}${s.word}`;
      rounded = Math.abs(Number(s.text.replace(/,/g, '')) * s.size - n) > n * 1e-12;
    } else {
      digits = formatNumber(n, lang, 2);
      rounded = Math.abs(Number(digits.replace(/,/g, '')) - n) > 1e-9;
    }
  } else {
    const scales: Array<[string, number]> = [['trillion', 1e12], ['billion', 1e9], ['million', 1e6]];
    // Exact English: scale words from a billion up, or from a million when three decimals hold every digit.
    const fitsMillion = n >= 1e6 && Number.isInteger(Number(((n / 1e6) * 1000).toPrecision(15)));
    if (options.exact) {
      if (n >= 1e9 || fitsMillion) {
        const w = withScale(n, scales, 'exact', lang);
        digits = w.text;
        scaleWord = w.word;
      } else digits = formatNumber(n, lang, 12);
    } else if (n >= 1e6) {
      const w = withScale(n, scales, how, lang);
      digits = w.text;
      scaleWord = w.word;
      rounded = Math.abs(Number(w.text.replace(/,/g, '')) * w.size - n) > n * 1e-12;
    } else {
      digits = formatNumber(n, lang, 2);
      rounded = Math.abs(Number(digits.replace(/,/g, '')) - n) > 1e-9;
    }
  }

  let text: string;
  if (lang === 'ja') {
    const base = unit.base;
    text = `${sign}${digits}${base}`;
  } else if (unit.yen) {
    text = `${sign}¥${digits}${scaleWord ? ` ${scaleWord}` : ''}`;
  } else {
    const number = `${sign}${digits}${scaleWord ? ` ${scaleWord}` : ''}`;
    text = unit.base === '' ? number : /^[%％]/.test(unit.base) ? `${number}${unit.base}` : `${number} ${unit.base}`;
  }
  const shown: Bound = bound === 'exact' && rounded ? 'approx' : bound;
  return shown === 'exact' ? text : boundWords[lang][shown](text);
}

/**
 * The unit for a chart axis or table column where every value shares one scale: from the largest
 * value, 万 or 億 in Japanese (35.7 → 万t-CO2), thousand or million in English (357 → thousand t-CO2).
 * Values are multiplied by `factor` to be read in `label`.
 */
export function axisUnit(unit: string, values: number[], lang: Lang): { factor: number; label: string } {
  const u = parseUnit(unit, lang);
  const max = Math.max(0, ...values.map((v) => Math.abs(times(v, u.scale))));
  const base = lang === 'en' && u.yen ? 'yen' : u.base;
  if (unscalable(u.base)) return { factor: u.scale, label: u.base };
  const scales: Array<[string, number]> = lang === 'ja'
    ? [['兆', 1e12], ['億', 1e8], ['万', 1e4]]
    : [['trillion', 1e12], ['billion', 1e9], ['million', 1e6], ['thousand', 1e3]];
  const floor = lang === 'ja' ? 1e5 : 1e4;
  const s = max >= floor ? scales.find(([, v]) => max >= v) : undefined;
  if (!s) return { factor: u.scale, label: lang === 'en' && u.yen ? 'yen' : u.base };
  return { factor: u.scale / s[1], label: lang === 'ja' ? `${s[0]}${base}` : `${s[0]} ${base}` };
}
