import type { APIRoute } from 'astro';
import { siteOrigin } from '../../lib/site/origin';
import { langPaths, langProp, t } from '../../lib/i18n';
import { calendarEvents } from '../../lib/feeds/calendar-events';
import { toIcs } from '../../lib/feeds/ics';

export const getStaticPaths = langPaths;

/** DTSTAMP is the build time, as RFC 5545 asks for the time the calendar was created. */
export const GET: APIRoute = async ({ props, site }) => {
  const lang = langProp(props);
  const stamp = new Date();
  const body = toIcs(t(lang, 'feeds.calendarName'), await calendarEvents(lang, siteOrigin(site)), stamp);
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
