/**
 * schema.org JSON-LD for search engines: the consortium (Organization), each project
 * (ResearchProject) and each dataset (Dataset with its downloads). Pure: built from validated
 * content; test/e2e checks every block against the properties of its schema.org type.
 */
import type { Metric } from '../../schemas/metrics';
import { sidebar } from '../../config/sidebar.mjs';
import { defined } from '../defined';

const context = 'https://schema.org';

/** The consortium itself; its own site is ktq-gx.com (founding date: 2023-12-12). */
export function organizationLd(name: string, alternateName: string) {
  return {
    '@context': context,
    '@type': 'Organization',
    name,
    alternateName,
    url: 'https://ktq-gx.com/',
    foundingDate: '2023-12-12',
  };
}

export function projectLd(p: { title: string; description: string; location: string; url: string; members: string[] }) {
  return {
    '@context': context,
    '@type': 'ResearchProject',
    name: p.title,
    description: p.description,
    url: p.url,
    location: { '@type': 'Place', name: p.location },
    member: p.members.map((name) => ({ '@type': 'Organization', name })),
  };
}

export function datasetLd(m: Metric, lang: 'ja' | 'en', site: string, licence: string) {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    '@context': context,
    '@type': 'Dataset',
    name: m.title[lang],
    description: m.description[lang],
    url: absolute(`${lang === 'en' ? '/en' : ''}/metrics/${m.id}/`),
    license: licence,
    inLanguage: lang,
    temporalCoverage: m.asOf,
    dateModified: m.lastChecked.date,
    isBasedOn: m.sources.flatMap((s) => (s.url ? [s.url] : [])),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absolute(`/data/${m.id}.csv`) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absolute(`/data/${m.id}.json`) },
    ],
  };
}

/** A dated event from the news (a meeting, a symposium …). */
export function eventLd(e: { title: string; description: string; date: string; url: string; location?: string }) {
  return {
    '@context': context,
    '@type': 'Event',
    name: e.title,
    description: e.description,
    startDate: e.date,
    url: e.url,
    ...(e.location ? { location: { '@type': 'Place', name: e.location } } : {}),
  };
}

/** A news item as a NewsArticle: its date at the precision the source gives (`2024-09` is a valid ISO 8601 date). */
export function newsArticleLd(n: { title: string; description: string; date: string; url: string; lang: 'ja' | 'en' }) {
  return {
    '@context': context,
    '@type': 'NewsArticle',
    headline: n.title,
    description: n.description,
    datePublished: n.date,
    url: n.url,
    inLanguage: n.lang,
  };
}

/**
 * Where a page sits, as a BreadcrumbList: the home page, each ancestor path that has a name in
 * `names` (the sidebar's entries, by path with the language prefix), and the page itself.
 * Undefined for the home page, which has no trail. `path` and the names' keys end with a slash.
 */
export function breadcrumbLd(path: string, title: string, site: string, names: Record<string, string> = sidebarNames(path.startsWith('/en/') ? 'en' : 'ja')) {
  const prefix = path.startsWith('/en/') ? '/en' : '';
  const home = `${prefix}/`;
  if (path === home) return undefined;
  const parts = path.slice(home.length).split('/').filter(Boolean);
  const ancestors = parts.slice(0, -1).map((_, i) => `${home}${parts.slice(0, i + 1).join('/')}/`).filter((p) => names[p]);
  const trail = [
    { name: names[home] ?? home, path: home },
    ...ancestors.map((p) => ({ name: defined(names[p], `the name of ${p}`), path: p })),
    { name: title, path },
  ];
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: new URL(c.path, site).href })),
  };
}

/** The sidebar's names of pages, by path with the language prefix (`/en/news/` → "News"): the breadcrumbs' names. */
export function sidebarNames(lang: 'ja' | 'en'): Record<string, string> {
  return Object.fromEntries(sidebar.flatMap((g) => g.items).map((i) => [`${lang === 'en' ? '/en' : ''}${i.link}`, lang === 'en' ? i.translations.en : i.label]));
}
