/**
 * Content: the one place that queries collections (this file), the validation of data files with
 * file, field and value named (data-files.ts), the cross-entry rules the content check runs before
 * the build (rules.ts, integrity.ts), the prose-figure check (prose-figures.ts), entry ids
 * (ids.ts), table-of-contents headings (headings.ts) and schema.org JSON-LD (structured-data.ts).
 *
 * The one module that queries content collections. Pages and components import named queries
 * from here and never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { type Lang, langParam } from '../i18n';
import { splitEntryId } from './ids';
import { defined } from '../defined';

export type Bilingual = 'working-groups' | 'projects' | 'curriculum' | 'case-studies' | 'subsidies' | 'support' | 'glossary' | 'news' | 'pages';
export type Entry<C extends Bilingual> = CollectionEntry<C> & { slug: string; lang: Lang };

function withSlug<C extends Bilingual>(entry: CollectionEntry<C>): Entry<C> {
  const { lang, id } = splitEntryId(entry.id);
  return Object.assign(entry, { slug: id, lang });
}

// Content does not change during a build, so each collection is read and sorted once per language
// (every page asked again before: at ×50 content this was a tenth of the build). Not in dev, where
// files change while the server runs.
const cache = new Map<string, Promise<unknown[]>>();

async function readEntries<C extends Bilingual>(collection: C, lang: Lang): Promise<Entry<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all
    .map(withSlug)
    .filter((e) => e.lang === lang)
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** All entries of a collection in one language, in a stable order (by id unless `sort` says otherwise). */
export async function entriesOf<C extends Bilingual>(collection: C, lang: Lang): Promise<Entry<C>[]> {
  if (import.meta.env.DEV) return readEntries(collection, lang);
  const key = `${collection}:${lang}`;
  if (!cache.has(key)) cache.set(key, readEntries(collection, lang));
  // A copy, so that callers may sort it.
  return ((await defined(cache.get(key), `the entries of ${key}`)) as Entry<C>[]).slice();
}

/** One entry by language-neutral id; throws (and so fails the build) when it does not exist. */
export async function entryOf<C extends Bilingual>(collection: C, lang: Lang, id: string): Promise<Entry<C>> {
  const found = (await entriesOf(collection, lang)).find((e) => e.slug === id);
  if (!found) throw new Error(`No ${collection} entry "${id}" in ${lang}`);
  return found;
}

/** getStaticPaths for `[...lang]/<collection>/[id].astro`: one page per entry and language. */
export async function entryPaths<C extends Bilingual>(collection: C) {
  const paths = [];
  for (const lang of ['ja', 'en'] as const) {
    for (const entry of await entriesOf(collection, lang)) {
      paths.push({ params: { lang: langParam(lang), id: entry.slug }, props: { lang, entry } });
    }
  }
  return paths;
}

export type Organization = CollectionEntry<'organizations'>['data'];

let organizationList: Promise<Organization[]> | undefined;

/** All organizations, in file order. */
export async function organizations(): Promise<Organization[]> {
  if (import.meta.env.DEV || !organizationList) organizationList = getCollection('organizations').then((all) => all.map((e) => e.data));
  return (await organizationList).slice();
}

/** An organization by id; throws when missing (references are also checked before the build). */
export async function organization(id: string): Promise<Organization> {
  const found = (await organizations()).find((o) => o.id === id);
  if (!found) throw new Error(`Unknown organization "${id}"`);
  return found;
}

/** News, newest first. */
export async function newsOf(lang: Lang) {
  return (await entriesOf('news', lang)).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.slug.localeCompare(b.slug));
}
