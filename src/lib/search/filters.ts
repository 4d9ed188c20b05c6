/**
 * Search filters of a page, indexed by Pagefind (`data-pagefind-filter`) and offered on /search/:
 * - `type`: what kind of page it is, read from its path, so that every page has one;
 * - `workingGroup`: the id of the working group (部会) a project or working-group page belongs to;
 * - `fiscalYear`: the Japanese fiscal year (April to March) the page is about, as a number.
 * Values are language-neutral ids; the search page shows them with the UI strings of its language.
 */

export const pageTypes = ['project', 'working-group', 'subsidy', 'case-study', 'guide', 'news', 'glossary', 'tool'] as const;
export type PageType = (typeof pageTypes)[number];

/** First path segment of an entry page (`/projects/<id>/`) → its type. */
const entryTypes: Record<string, PageType> = {
  projects: 'project',
  'working-groups': 'working-group',
  subsidies: 'subsidy',
  'case-studies': 'case-study',
  glossary: 'glossary',
  tools: 'tool',
};

/**
 * The type of the page at `path` (with or without the `/en` prefix): an entry of a collection has
 * the collection's type, a tool is a tool, the news list is news; list pages, the support pages and
 * the fixed pages (about, members, business school …) are guides.
 */
export function pageTypeOf(path: string): PageType {
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'en') segments.shift();
  const [first, second] = segments;
  if (first === 'news') return 'news';
  if (first && second && entryTypes[first]) return entryTypes[first];
  return 'guide';
}

/** The `data-pagefind-filter` values of a page: one `name:value` string per filter it has. */
export function filterAttributes(filters: { type: PageType; workingGroup?: string; fiscalYear?: number }): string[] {
  const out = [`type:${filters.type}`];
  if (filters.workingGroup) out.push(`workingGroup:${filters.workingGroup}`);
  if (filters.fiscalYear !== undefined) out.push(`fiscalYear:${filters.fiscalYear}`);
  return out;
}
