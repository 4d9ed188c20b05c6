/**
 * Dates as the site reads and writes them. Sources give a date as precisely as they know it
 * (YYYY, YYYY-MM or YYYY-MM-DD, or a Japanese fiscal year FY2024, April to March); it is shown at
 * that precision, never padded. Every "today" the site decides on (a subsidy round's status, a
 * dataset's review) is today in Japan. Calendar days are YYYY-MM-DD strings, so comparing the
 * strings compares the days.
 */
import { locale, type Lang } from './i18n';
import { formatterCache } from './format/intl-cache';

const dateFormat = formatterCache((loc: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(loc, options));

/** A date at the precision it is written with: "2024-09" → "2024年9月" / "September 2024". */
export function formatDate(date: string, lang: Lang): string {
  const [y = 0, m, d] = date.split('-').map(Number);
  if (m === undefined) return lang === 'ja' ? `${y}年` : String(y);
  const value = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale(lang), options).format(value);
}

type Precision = 'year' | 'month' | 'day';
const precisionOf = (date: string): Precision => (['year', 'month', 'day'] as const)[date.split('-').length - 1] ?? 'day';

/** Part of a date for the shortened side of a range: "2025-06-06" without its year → "6月6日" / "6 June"; its day alone → "6日" / "6". */
function shortPart(date: string, keep: 'noYear' | 'day', lang: Lang): string {
  const [, m = 1, d] = date.split('-').map(Number);
  if (keep === 'day') return lang === 'ja' ? `${d}日` : String(d);
  const options: Intl.DateTimeFormatOptions = d === undefined ? { month: 'long', timeZone: 'UTC' } : { month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale(lang), options).format(new Date(Date.UTC(2000, m - 1, d ?? 1)));
}

/**
 * A period from one date to another, each as precisely as it is written, without repeating what the two
 * share, as each language writes it: "2025年4月4日〜6月6日", "2025年4月4日〜20日", "2024年12月〜2025年3月";
 * "4 April – 6 June 2025", "4–20 April 2025", "December 2024 – March 2025". Japanese drops the shared part
 * from the end, English from the start. Dates of different precision are both written in full; the same
 * date twice is one date. Written here rather than with Intl's formatRange, which writes ja-JP ranges as
 * "2025/04/04～2025/06/06".
 */
export function formatRange(from: string, to: string, lang: Lang): string {
  if (from === to) return formatDate(from, lang);
  const precision = precisionOf(from);
  const sameYear = precision !== 'year' && precision === precisionOf(to) && from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && precision === 'day' && from.slice(0, 7) === to.slice(0, 7);
  const keep = sameMonth ? 'day' : 'noYear';
  if (lang === 'ja') return `${formatDate(from, lang)}〜${sameYear ? shortPart(to, keep, lang) : formatDate(to, lang)}`;
  if (sameMonth) return `${shortPart(from, 'day', lang)}–${formatDate(to, lang)}`;
  return `${sameYear ? shortPart(from, 'noYear', lang) : formatDate(from, lang)} – ${formatDate(to, lang)}`;
}

/**
 * The Japanese fiscal year (April to March) of a date written as precisely as its source gives it
 * (the one home of this rule: search filters, pages and the workbook's months):
 * `2025-02-10` → 2024, `2024-09` → 2024. A year alone (`2024`) is undefined: it may fall in either.
 */
export function fiscalYearOf(date: string | undefined): number | undefined {
  const match = date?.match(/^(\d{4})-(\d{2})/);
  if (!match) return undefined;
  const year = Number(match[1]);
  return Number(match[2]) >= 4 ? year : year - 1;
}

/** A Japanese fiscal year (April–March): 2024 → "2024年度" / "FY2024". */
export function formatFiscalYear(year: number, lang: Lang): string {
  return lang === 'ja' ? `${year}年度` : `FY${year}`;
}

/** A period in words: "FY2024" → "2024年度" / "FY2024"; dates at their own precision. */
export function formatPeriod(x: string, lang: Lang): string {
  const fy = x.match(/^FY(\d{4})$/);
  return fy ? formatFiscalYear(Number(fy[1]), lang) : formatDate(x, lang);
}

/** Today's date in Japan (UTC+9), as YYYY-MM-DD. */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): daysBetween('2025-06-01', '2025-06-06') = 5. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
