/**
 * Feeds: the news as RSS (rss.ts, written by @astrojs/rss), and events and subsidy deadlines as
 * iCalendar (ics.ts writes the text; calendar-events.ts and this file choose what goes in).
 *
 * Subsidy rounds in the feeds: the consortium's rounds (data/subsidies/) and the related city
 * programmes (data/related-programmes/), with every date we know. The calendar gets the day a
 * window opens, its deadline and the day funded work must be finished; the RSS feed gets one item
 * per round, dated the day its window opened when that is known, describing the known dates.
 */
import type { RelatedProgramme } from '../../schemas/related-programme';
import type { SubsidyRules } from '../../schemas/subsidy-rules';
import { formatDate, formatFiscalYear } from '../dates';
import { localPath, t, type Lang } from '../i18n';
import { periodWording } from '../subsidies/status-wordings';
import type { CalendarEvent } from './ics';
import type { FeedItem } from './rss';

type Period = { start?: string; end?: string; endTime?: string } | undefined;
interface Round {
  id: string;
  programme: { ja: string; en: string };
  fiscalYear: number;
  applicationWindow?: Period;
  projectPeriod?: Period;
  href: string;
}

/** The rounds that go into the feeds: the consortium's (with a guide page each) and the related city programmes'. */
export interface FeedRounds {
  subsidyRules: SubsidyRules[];
  relatedProgrammes: RelatedProgramme[];
}

function rounds({ subsidyRules, relatedProgrammes }: FeedRounds, lang: Lang): Round[] {
  return [
    ...subsidyRules.map((r) => ({ ...r, href: localPath(lang, `/subsidies/${r.id}/`) })),
    ...relatedProgrammes.map((p) => ({ ...p, href: localPath(lang, `/subsidies/#round-${p.id}`) })),
  ];
}

const nameOf = (r: Round, lang: Lang) => t(lang, 'feeds.round.title', { name: r.programme[lang], fy: formatFiscalYear(r.fiscalYear, lang) });

export function roundEvents(all: FeedRounds, lang: Lang, site: URL): CalendarEvent[] {
  return rounds(all, lang).flatMap((r) => {
    const name = nameOf(r, lang);
    const url = new URL(r.href, site).href;
    const w = r.applicationWindow;
    const events: CalendarEvent[] = [];
    if (w?.start) events.push({ uid: `${r.id}-opens@kitakyushu-gx`, date: w.start, summary: t(lang, 'feeds.opens', { name }), url });
    if (w?.end)
      events.push({
        uid: `${r.id}-deadline@kitakyushu-gx`,
        date: w.end,
        summary: t(lang, 'feeds.deadline', { name }),
        description: w.endTime ? t(lang, 'feeds.deadline.time', { time: w.endTime }) : undefined,
        url,
      });
    if (r.projectPeriod?.end) events.push({ uid: `${r.id}-project-end@kitakyushu-gx`, date: r.projectPeriod.end, summary: t(lang, 'feeds.projectEnd', { name }), url });
    return events;
  });
}

export function roundFeedItems(all: FeedRounds, lang: Lang, site: URL): FeedItem[] {
  return rounds(all, lang).map((r) => {
    const w = r.applicationWindow;
    const period = periodWording(w, lang);
    const dates = [
      period ? t(lang, 'feeds.round.window', { period }) : t(lang, 'feeds.round.noDates'),
      ...(r.projectPeriod?.end ? [t(lang, 'feeds.round.projectEnd', { end: formatDate(r.projectPeriod.end, lang) })] : []),
    ];
    return { title: nameOf(r, lang), link: new URL(r.href, site).href, description: dates.join(t(lang, 'feeds.round.sentenceBreak')), date: w?.start ?? String(r.fiscalYear) };
  });
}
