/**
 * Dates that say when something was reported or checked are not after today, wherever they are:
 * every `updated`, `lastChecked`, `checked` and `asOf` field at any depth of every entry and data
 * file (a field added later, such as a dataset's `lastChecked`, is covered without a change here),
 * and a news item's `date`. A news item dated 2099 would top the home page and every feed; a
 * `lastChecked` in the future silences the review notes.
 * Also: a dataset's `asOf` is not before its newest result (the header and the table would disagree);
 * a point in the future is reported by the dataset's own rule, not again here.
 * Dates that may lie ahead (windows, validity, timelines, project periods) are not these fields.
 */
import type { Problem } from './entry';
import type { Metric } from '../../../schemas/metrics';
import { periodStart } from './data-rules';

/** Keys whose date states when something was reported or checked. */
const checkDates = new Set(['updated', 'lastChecked', 'checked', 'asOf']);
const datePattern = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|FY\d{4})$/;

/** Every `[field path, date]` under `value` whose key is a check date (and `date` when `alsoDate`). */
function checkDatesIn(value: unknown, path: string, alsoDate: boolean): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => checkDatesIn(v, path ? `${path}.${i}` : String(i), false));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]): Array<[string, string]> => {
    const field = path ? `${path}.${key}` : key;
    // `lastChecked` is an object ({ date, outcome }) in datasets and rounds: its `date` is a check date too.
    const isCheckDate = checkDates.has(key) || (key === 'date' && (alsoDate || /(^|\.)lastChecked$/.test(path)));
    if (typeof v === 'string' && datePattern.test(v) && isCheckDate) return [[field, v]];
    return checkDatesIn(v, field, false);
  });
}

export interface DatedFile {
  file: string;
  /** News items: their `date` is the day they report, never ahead. */
  collection?: string;
  /** Entries: `collection/id`, shared by the twins, so that a date typed in both is reported once. */
  twins?: string;
  data: unknown;
}

export function checkDatesNotFuture(files: DatedFile[], today: string): Problem[] {
  const reported = new Set<string>();
  return files.flatMap(({ file, collection, twins, data }) =>
    checkDatesIn(data, '', collection === 'news').flatMap(([field, date]) => {
      const key = `${twins ?? file} ${field} ${date}`;
      if (periodStart(date) <= today || reported.has(key)) return [];
      reported.add(key);
      return [{ file, field, message: `is "${date}", after today (${today}): a date of report or check cannot lie ahead` }];
    }),
  );
}

/** Last day of a period, as text that compares like a date: `FY2024` → 2025-03-31, `2024-09` → 2024-09-31. */
function periodEnd(x: string): string {
  const fy = x.match(/^FY(\d{4})$/);
  return fy ? `${Number(fy[1]) + 1}-03-31` : x.length === 4 ? `${x}-12-31` : x.length === 7 ? `${x}-31` : x;
}

/** A dataset of results is as of its newest point (points in the future are reported by their own rule). */
export function checkAsOfCoversPoints(metrics: Metric[], today: string): Problem[] {
  return metrics.flatMap((m) => {
    if (m.pointsAre !== 'results' || m.xType !== 'period' || periodStart(m.asOf) > today) return [];
    const past = m.points.map((p) => p.x).filter((x) => periodStart(x) <= today);
    const newest = past.sort((a, b) => periodStart(a).localeCompare(periodStart(b))).at(-1);
    if (!newest || periodEnd(m.asOf) >= periodStart(newest)) return [];
    return [{ file: `data/metrics/${m.id}.json`, field: 'asOf', message: `is "${m.asOf}", before the newest point "${newest}": asOf is the period the newest value describes` }];
  });
}
