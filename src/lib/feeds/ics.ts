/**
 * iCalendar (RFC 5545) text for events and application deadlines, written by ical-generator (build time
 * only: the calendar is a prerendered endpoint). Every event is an all-day event (DTSTART;VALUE=DATE, DTEND
 * the next day) with a UID the caller keeps stable. Only events with a full date are included: a month or a
 * year is not a calendar day.
 */
import ical, { escape } from 'ical-generator';

export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  location?: string;
}

/**
 * A calendar day as the UTC midnight of that day. The calendar is given no time zone, so ical-generator
 * writes all-day values from the UTC fields of the Date, and the file is the same in any process time zone.
 */
const utcDay = (d: string) => new Date(`${d}T00:00:00Z`);
const nextDay = (d: string) => new Date(utcDay(d).getTime() + 86_400_000);

export function toIcs(name: string, events: CalendarEvent[], stamp: Date): string {
  // ical-generator writes the calendar's NAME and X-WR-CALNAME as given, unlike the events' TEXT values.
  const calendar = ical({ name: escape(name, false), prodId: '//Kitakyushu GX knowledge site//NONSGML v1//EN', scale: 'GREGORIAN' });
  for (const e of events.filter((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.date))) {
    calendar.createEvent({
      id: e.uid,
      allDay: true,
      start: utcDay(e.date),
      end: nextDay(e.date),
      stamp,
      summary: e.summary,
      description: e.description ?? null,
      location: e.location ?? null,
      url: e.url ?? null,
    });
  }
  return `${calendar.toString()}\r\n`;
}
