/**
 * The Japanese and English twins give the same dates in their prose, as they give the same numbers
 * (prose-figures.ts does not compare dates): 「2024年5月23日」 and "23 May 2024" (or "May 23, 2024",
 * "2024-05-23") are one date; a month (「2024年5月」, "May 2024") agrees with any day of that month.
 * A date in one twin that the other never gives is reported once, on the file that has it, with the
 * date the other twin gives instead when there is one (one changed date, one message).
 */
import type { EntryParts, Problem } from './entry';
import { factDirective, withoutCode } from './bodies';
import { inOtherLanguage } from './language';
import { checkedNote } from '../unknown-wording';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthNames = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const pad = (n: string | number) => String(n).padStart(2, '0');

interface ProseDate {
  year?: string;
  month: string;
  day?: string;
  written: string;
  line: number;
  /** From a fiscal year: it helps the other twin's months match, it is not compared itself. */
  implied?: boolean;
}

/**
 * The dates of one twin, as year, month and day, with years carried through a line the way people
 * write ranges: 「2025年4月4日〜6月6日」, "29 and 30 August 2025", "2 February or 2 March 2026".
 */
function datesIn(e: EntryParts<'lang' | 'body' | 'data'>, notes: { ja: string; en: string }): ProseDate[] {
  const description = 'description' in e.data && typeof e.data.description === 'string' ? e.data.description : '';
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const body = withoutCode(e.body).replace(factDirective, blank).replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}|\]\([^)]*\)|https?:\/\/\S+|<[A-Z][^>]*>/g, blank);
  const texts: Array<[string, number]> = [[description, 0], ...body.split('\n').map((t, i): [string, number] => [t, i + 1])];
  const found: ProseDate[] = [];
  for (const [raw, line] of texts) {
    // 「2026年11月確認」 / "checked November 2026" dates our search, not an event: the unknowns sweep owns it.
    const text = raw.normalize('NFKC').replaceAll(notes.ja, ' ').replaceAll(notes.en, ' ');
    // A fiscal year (FY2023, 2023年度) gives its first and last month: April 2023 and March 2024.
    for (const m of text.matchAll(/(?:FY|\b)(\d{4})(?:年度|(?<=FY\d{4}))/g)) found.push({ year: m[1], month: '04', written: m[0], line, implied: true }, { year: String(Number(m[1]) + 1), month: '03', written: m[0], line, implied: true });
    for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) found.push({ year: m[1], month: m[2] ?? '', day: m[3], written: m[0], line }); // all three groups take part
    if (e.lang === 'ja') {
      for (const m of text.matchAll(/(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日((?:[と、・〜～-]\d{1,2}日)*))?/g)) {
        for (const day of [m[3], ...(m[4]?.match(/\d{1,2}/g) ?? [])]) found.push({ year: m[1], month: pad(m[2] ?? ''), day: day && pad(day), written: m[0], line });
      }
    } else {
      for (const m of text.matchAll(new RegExp(`((?:\\b\\d{1,2}(?:,? (?:and|or|to) |\\s?[–-]\\s?|, ))*\\b\\d{1,2} )?${monthNames}(?:,? (\\d{4}))?`, 'g'))) {
        const month = pad(months.indexOf((m[2] ?? '').toLowerCase()) + 1); // the month name always takes part
        const days = m[1]?.match(/\d{1,2}/g) ?? [];
        if (days.length === 0) found.push({ year: m[3], month, written: m[0].trim(), line });
        for (const day of days) found.push({ year: m[3], month, day: pad(day), written: m[0].trim(), line });
      }
      for (const m of text.matchAll(new RegExp(`${monthNames} (\\d{1,2}), (\\d{4})`, 'g'))) found.push({ year: m[3], month: pad(months.indexOf((m[1] ?? '').toLowerCase()) + 1), day: pad(m[2] ?? ''), written: m[0], line });
    }
  }
  return found;
}

/**
 * True when the other twin gives `d`: the same month and day (a month alone: the same month), and
 * the year somewhere among its dates; loose on purpose, so ranges and years carried over pass.
 */
const given = (d: ProseDate, other: ProseDate[]) =>
  other.some((o) => o.month === d.month && (d.day === undefined || o.day === undefined || o.day === d.day) && (d.day === undefined || o.day !== undefined || other.some((x) => x.month === d.month && x.day === d.day))) &&
  (d.year === undefined || other.some((o) => o.year === d.year));

export function checkTwinDates(entries: EntryParts<'collection' | 'file' | 'lang' | 'id' | 'body' | 'data'>[]): Problem[] {
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.lang}/${e.id}`, e]));
  const problems: Problem[] = [];
  const notes = { ja: checkedNote('ja').normalize('NFKC'), en: checkedNote('en') };
  for (const ja of entries.filter((e) => e.lang === 'ja')) {
    const en = byKey.get(`${ja.collection}/en/${ja.id}`);
    // A file in the wrong language is reported as that (language.ts), not again as a twin that differs.
    if (!en || inOtherLanguage(ja) || inOtherLanguage(en)) continue;
    const [jaDates, enDates] = [datesIn(ja, notes), datesIn(en, notes)];
    const onlyJa = jaDates.filter((d) => d.year !== undefined && !d.implied && !given(d, enDates));
    const onlyEn = enDates.filter((d) => d.year !== undefined && !d.implied && !given(d, jaDates));
    const where = (d: ProseDate) => (d.line === 0 ? 'description' : `(line ${d.line})`);
    // The English twin is the translation: a date only it gives is reported there, with the Japanese one it replaced.
    for (const d of onlyEn) {
      const instead = onlyJa.length ? `; the Japanese twin gives ${onlyJa.map((j) => `「${j.written}」`).join(', ')}` : '';
      problems.push({ file: en.file, field: where(d), message: `gives the date "${d.written}", which its Japanese twin ${ja.file} never gives${instead}: the twins must give the same dates` });
    }
    if (onlyEn.length === 0) {
      for (const d of onlyJa) problems.push({ file: ja.file, field: where(d), message: `gives the date 「${d.written}」, which its English twin ${en.file} never gives: the twins must give the same dates` });
    }
  }
  return problems;
}
