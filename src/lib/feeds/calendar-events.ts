/** The calendar: events from the news and the application windows (open and deadline) of subsidies. */
import { newsOf } from '../content/queries';
import { subsidyRules } from '../data/subsidies';
import { localPath, type Lang } from '../i18n';
import type { CalendarEvent } from './ics';

export async function calendarEvents(lang: Lang, site: URL): Promise<CalendarEvent[]> {
  const url = (path: string) => new URL(path, site).href;
  const events: CalendarEvent[] = (await newsOf(lang))
    .filter((n) => n.data.event)
    .map((n) => ({
      uid: `news-${n.slug}@kitakyushu-gx`,
      date: n.data.date,
      summary: n.data.title,
      description: n.data.description,
      location: n.data.event?.location,
      url: url(localPath(lang, `/news/${n.slug}/`)),
    }));
  for (const r of subsidyRules) {
    const name = `${r.programme[lang]} ${lang === 'ja' ? `${r.fiscalYear}年度` : `FY${r.fiscalYear}`}`;
    const w = r.applicationWindow;
    const guide = url(localPath(lang, `/subsidies/${r.id}/`));
    if (w?.start) events.push({ uid: `${r.id}-opens@kitakyushu-gx`, date: w.start, summary: lang === 'ja' ? `申請受付開始：${name}` : `Applications open: ${name}`, url: guide });
    if (w?.end)
      events.push({
        uid: `${r.id}-deadline@kitakyushu-gx`,
        date: w.end,
        summary: lang === 'ja' ? `申請締切：${name}` : `Application deadline: ${name}`,
        description: w.endTime ? (lang === 'ja' ? `締切時刻 ${w.endTime}（日本時間）` : `Closes at ${w.endTime} Japan time`) : undefined,
        url: guide,
      });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
