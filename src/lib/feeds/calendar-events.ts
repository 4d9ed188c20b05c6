/** The calendar: events from the news, and the dates of subsidy rounds and related city programmes (./subsidy-rounds.ts). */
import { newsOf, relatedProgrammes, subsidyRules } from '../content/queries';
import { roundEvents } from './subsidy-rounds';
import { localPath, type Lang } from '../i18n';
import type { CalendarEvent } from './ics';

export async function calendarEvents(lang: Lang, site: URL): Promise<CalendarEvent[]> {
  const url = (path: string) => new URL(path, site).href;
  const events: CalendarEvent[] = (await newsOf(lang))
    .filter((n) => n.data.event)
    .map((n) => ({
      uid: `news-${n.id}@kitakyushu-gx`,
      date: n.data.date,
      summary: n.data.title,
      description: n.data.description,
      location: n.data.event?.location,
      url: url(localPath(lang, `/news/${n.id}/`)),
    }));
  events.push(...roundEvents({ subsidyRules: await subsidyRules(), relatedProgrammes: await relatedProgrammes() }, lang, site));
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
