/**
 * The news feed's items, for @astrojs/rss (which writes and escapes the XML). Every item has a
 * pubDate, since feed readers sort and drop items by it: a full date is midnight in Japan; a date
 * known only to the month or the year is written as its first day (2024-09 → 1 September 2024),
 * and the description then starts with the date at its real precision ("2024年9月：" / "September
 * 2024: "), so the reader is not told a day the source never gave.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { formatDate } from '../dates';
import { t, type Lang } from '../i18n';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
}

export function rssItems(items: FeedItem[], lang: Lang): RSSFeedItem[] {
  return items.map(({ title, link, description, date }) => {
    const full = /^\d{4}-\d{2}-\d{2}$/.test(date);
    const firstDay = full ? date : date.length === 4 ? `${date}-01-01` : `${date}-01`;
    const precision = t(lang, 'feeds.item.datePrefix', { date: formatDate(date, lang) });
    return {
      title,
      link,
      description: full ? description : `${precision}${description}`,
      pubDate: new Date(`${firstDay}T00:00:00+09:00`),
    };
  });
}
