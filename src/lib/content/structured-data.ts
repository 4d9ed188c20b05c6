/**
 * schema.org JSON-LD for search engines: the consortium (Organization), each project
 * (ResearchProject) and each dataset (Dataset with its downloads). Pure: built from validated
 * content; test/e2e checks every block against the properties of its schema.org type.
 */
import type { Metric } from '../../schemas/metrics';

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
    dateModified: m.updated,
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
