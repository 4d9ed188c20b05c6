import type { APIRoute } from 'astro';
import { newsOf } from '../../../lib/content/queries';
import { langPaths, localPath, t, type Lang } from '../../../lib/i18n';
import { toRss } from '../../../lib/feeds/rss';
import { roundFeedItems } from '../../../lib/feeds/subsidy-rounds';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = props.lang as Lang;
  const url = (path: string) => new URL(path, site).href;
  const items = (await newsOf(lang)).map((n) => ({
    title: n.data.title,
    link: url(localPath(lang, `/news/${n.slug}/`)),
    guid: `news-${n.slug}`,
    description: n.data.description,
    date: n.data.date,
  }));
  // Subsidy rounds and related city programmes, with their known dates; newest first, like the news.
  items.push(...roundFeedItems(lang, site!));
  items.sort((a, b) => b.date.localeCompare(a.date));
  const body = toRss(
    { title: `${t(lang, 'site.name')} — ${lang === 'ja' ? 'ニュース' : 'News'}`, link: url(localPath(lang, '/news/')), description: t(lang, 'feeds.description'), language: lang, self: url(localPath(lang, '/news/rss.xml')) },
    items,
  );
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
