import type { APIRoute } from 'astro';
import { newsOf, relatedProgrammes, subsidyRules } from '../../../lib/content/queries';
import { siteOrigin } from '../../../lib/site/origin';
import { langPaths, langProp, localPath, t } from '../../../lib/i18n';
import rss from '@astrojs/rss';
import { rssItems } from '../../../lib/feeds/rss';
import { roundFeedItems } from '../../../lib/feeds/subsidy-rounds';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = langProp(props);
  const url = (path: string) => new URL(path, site).href;
  const items = (await newsOf(lang)).map((n) => ({
    title: n.data.title,
    link: url(localPath(lang, `/news/${n.id}/`)),
    description: n.data.description,
    date: n.data.date,
  }));
  // Subsidy rounds and related city programmes, with their known dates; newest first, like the news.
  items.push(...roundFeedItems({ subsidyRules: await subsidyRules(), relatedProgrammes: await relatedProgrammes() }, lang, siteOrigin(site)));
  items.sort((a, b) => b.date.localeCompare(a.date));
  // @astrojs/rss writes and escapes the XML; the guid of each item is its link.
  return rss({
    title: t(lang, 'feeds.title'),
    description: t(lang, 'feeds.description'),
    site: url(localPath(lang, '/news/')),
    items: rssItems(items, lang),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${url(localPath(lang, '/news/rss.xml'))}" rel="self" type="application/rss+xml"/>`,
  });
};
