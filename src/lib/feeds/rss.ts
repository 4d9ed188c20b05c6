/**
 * The news feed's items, for @astrojs/rss (which writes and escapes the XML). Items with only a month
 * or a year get no pubDate rather than an invented day; a full date is midnight in Japan.
 */
import type { RSSFeedItem } from '@astrojs/rss';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
}

export function rssItems(items: FeedItem[]): RSSFeedItem[] {
  return items.map(({ title, link, description, date }) => ({
    title,
    link,
    description,
    ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { pubDate: new Date(`${date}T00:00:00+09:00`) } : {}),
  }));
}
