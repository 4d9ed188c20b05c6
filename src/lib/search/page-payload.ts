/**
 * What the /search/ page hands to its script (<site-search-page>, one `data-payload` attribute):
 * the language, the status and filter strings, the labels of the filter values, and the glossary
 * terms for the definition card. Built here, from typed content, so that it can be tested without a
 * page; SearchPage.astro only collects the entries and renders the form.
 */
import { formatFiscalYear } from '../dates';
import { localPath, t, uiStrings, type Lang, type UiStrings } from '../i18n';
import type { Definition } from './definitions';
import { pageTypes, type PageType } from './filters';

export const searchStringKeys = [
  'search.filters.toggle',
  'search.filters.ticked',
  'search.status.prompt',
  'search.status.loading',
  'search.status.one',
  'search.status.many',
  'search.status.none',
  'search.status.error',
] as const;

export interface SearchPagePayload {
  lang: Lang;
  strings: UiStrings<(typeof searchStringKeys)[number]>;
  /** Labels of the filter values the index holds, by filter name (fiscal years are formatted in the script). */
  labels: { type: Record<string, string>; workingGroup: Record<string, string> };
  definitions: Definition[];
}

/** One filter of the form: a fieldset of checkboxes, `param` in the URL, `name` in the index. */
export interface SearchFilterGroup {
  name: 'type' | 'workingGroup' | 'fiscalYear';
  param: 'type' | 'wg' | 'fy';
  legend: string;
  options: Array<{ value: string; label: string }>;
}

export interface SearchPageInput {
  lang: Lang;
  workingGroups: Array<{ id: string; title: string }>;
  /** Every fiscal year a page is filtered by (any order, repeats allowed). */
  fiscalYears: number[];
  glossary: Array<{ id: string; title: string; description: string; aliases: string[]; reading?: string }>;
}

const typeLabel = (lang: Lang, type: PageType) => t(lang, `search.type.${type}`);

/** The three filters: page type, working group, fiscal year (newest first). */
export function searchFilterGroups({ lang, workingGroups, fiscalYears }: SearchPageInput): SearchFilterGroup[] {
  const years = [...new Set(fiscalYears)].sort((a, b) => b - a);
  return [
    { name: 'type', param: 'type', legend: t(lang, 'search.filter.type'), options: pageTypes.map((type) => ({ value: type, label: typeLabel(lang, type) })) },
    { name: 'workingGroup', param: 'wg', legend: t(lang, 'search.filter.workingGroup'), options: workingGroups.map((wg) => ({ value: wg.id, label: wg.title })) },
    { name: 'fiscalYear', param: 'fy', legend: t(lang, 'search.filter.fiscalYear'), options: years.map((y) => ({ value: String(y), label: formatFiscalYear(y, lang) })) },
  ];
}

export function searchPagePayload(input: SearchPageInput): SearchPagePayload {
  const { lang } = input;
  return {
    lang,
    strings: uiStrings(lang, searchStringKeys),
    labels: {
      type: Object.fromEntries(pageTypes.map((type) => [type, typeLabel(lang, type)])),
      workingGroup: Object.fromEntries(input.workingGroups.map((wg) => [wg.id, wg.title])),
    },
    definitions: input.glossary.map((g) => ({
      title: g.title,
      description: g.description,
      href: localPath(lang, `/glossary/${g.id}/`),
      terms: [...g.aliases, ...(g.reading ? [g.reading] : [])],
    })),
  };
}
