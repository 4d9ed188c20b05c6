/**
 * The status sentences of a round, in a page's language, with every date filled in at build and
 * only `{days}` left for the reader's day (see ./status.ts). `round` wordings describe one round
 * (cards, guide pages, the checker); `programme` wordings open /subsidies/ with one line per
 * programme ("no round open now; the last closed on …").
 */
import { formatDate, formatFiscalYear, formatRange } from '../dates';
import { t, type Lang, type UiKey } from '../i18n';
import { statusWordings, type RoundDates, type StatusRound } from './status';

export interface DatedRound extends RoundDates {
  programme: { ja: string; en: string };
  fiscalYear: number;
  applicationWindow?: { start?: string; end?: string; endTime?: string };
}

export function statusRound(r: DatedRound, lang: Lang, level: 'round' | 'programme'): StatusRound {
  const w = r.applicationWindow;
  const vars = {
    name: r.programme[lang],
    fy: formatFiscalYear(r.fiscalYear, lang),
    start: w?.start ? formatDate(w.start, lang) : '',
    end: w?.end ? formatDate(w.end, lang) : '',
    endTime: w?.endTime ? ` ${w.endTime}` : '',
    validFrom: formatDate(r.validFrom, lang),
    validUntil: formatDate(r.validUntil, lang),
  };
  const wordings = Object.fromEntries(statusWordings.map((k) => [k, t(lang, `${level}.status.${k}` as UiKey, vars)])) as StatusRound['wordings'];
  return { dates: { applicationWindow: w && { start: w.start, end: w.end }, validFrom: r.validFrom, validUntil: r.validUntil }, wordings };
}

/** Rounds grouped by programme (the id without its trailing fiscal year), newest round first. */
export function byProgramme<R extends { id: string; fiscalYear: number }>(rounds: R[]): R[][] {
  const groups = new Map<string, R[]>();
  for (const r of [...rounds].sort((a, b) => b.fiscalYear - a.fiscalYear)) {
    const key = r.id.replace(/-\d{4}$/, '');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

/**
 * A round's period in words, with an end time when one is published: "2025年4月4日〜6月6日 17:00",
 * "until 6 June 2025" when only the last day is known; undefined when neither day is.
 */
export function periodWording(p: { start?: string; end?: string; endTime?: string } | undefined, lang: Lang): string | undefined {
  const { start, end, endTime } = p ?? {};
  if (!end) return start && t(lang, 'subsidy.period.from', { date: formatDate(start, lang) });
  const days = start ? formatRange(start, end, lang) : t(lang, 'subsidy.period.until', { date: formatDate(end, lang) });
  return endTime ? `${days} ${endTime}` : days;
}
