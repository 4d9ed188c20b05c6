/**
 * Content: the one place that queries collections (this file), the content check run before the
 * build (check/), entry ids (ids.ts), table-of-contents headings (headings.ts) and schema.org
 * JSON-LD (structured-data.ts).
 *
 * The one module that queries collections, the bilingual entries of content/ and the
 * language-neutral data of data/ alike. Pages and components import named queries from here and
 * never call getCollection themselves; src/lib modules take the data they shape as arguments.
 * Outside Astro (tests, the content check), the same files are read by check/load.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { type Lang, langParam, langs } from '../i18n';
import { byId, newestRoundFirst, splitEntryId } from './ids';
import type { BilingualCollection, DataCollection } from '../../schemas';
import type { EmissionFactors } from '../../schemas/emission-factors';
import type { Metric } from '../../schemas/metrics';
import type { RelatedProgramme } from '../../schemas/related-programme';
import type { SubsidyRules } from '../../schemas/subsidy-rules';
import type { Source } from '../../schemas/shared';

/**
 * An entry in one language: Astro's entry, with `id` the language-neutral id (the file name:
 * `green-lp-gas`, as URLs, references and the content check's `CheckedEntry` use it) instead of
 * Astro's `ja/green-lp-gas`, and its `lang`.
 */
export type Entry<C extends BilingualCollection> = Omit<CollectionEntry<C>, 'id'> & { id: string; lang: Lang };
/** An entry of any bilingual collection, its `data` still tied to its `collection`. */
export type AnyEntry = { [C in BilingualCollection]: Entry<C> }[BilingualCollection];

function inLanguage<C extends BilingualCollection>(entry: CollectionEntry<C>): Entry<C> {
  const { lang, id } = splitEntryId(entry.id);
  return { ...entry, id, lang };
}

// Content does not change during a build, so each collection is read and sorted once per language
// (every page asked again before: at ×50 content this was a tenth of the build). Not in dev, where
// files change while the server runs.
const cache = new Map<string, Promise<unknown[]>>();

async function readEntries<C extends BilingualCollection>(collection: C, lang: Lang): Promise<Entry<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all
    .map(inLanguage)
    .filter((e) => e.lang === lang)
    .sort(byId);
}

/** All entries of a collection in one language, in a stable order (by id unless `sort` says otherwise). */
export async function entriesOf<C extends BilingualCollection>(collection: C, lang: Lang): Promise<Entry<C>[]> {
  if (import.meta.env.DEV) return readEntries(collection, lang);
  const key = `${collection}:${lang}`;
  let read = cache.get(key);
  if (!read) cache.set(key, (read = readEntries(collection, lang)));
  // A copy, so that callers may sort it.
  return ((await read) as Entry<C>[]).slice();
}

/** One entry by language-neutral id; throws (and so fails the build) when it does not exist. */
export async function entryOf<C extends BilingualCollection>(collection: C, lang: Lang, id: string): Promise<Entry<C>> {
  const found = (await entriesOf(collection, lang)).find((e) => e.id === id);
  if (!found) throw new Error(`No ${collection} entry "${id}" in ${lang}`);
  return found;
}

/** getStaticPaths for `[...lang]/<collection>/[id].astro`: one page per entry and language. */
export async function entryPaths<C extends BilingualCollection>(collection: C) {
  const paths = [];
  for (const lang of ['ja', 'en'] as const) {
    for (const entry of await entriesOf(collection, lang)) {
      paths.push({ params: { lang: langParam(lang), id: entry.id }, props: { lang, entry } });
    }
  }
  return paths;
}

export type Organization = CollectionEntry<'organizations'>['data'];

/** The data of every entry of a language-neutral collection, read once per build (not in dev). */
async function dataOf<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>['data'][]> {
  if (import.meta.env.DEV) return (await getCollection(collection)).map((e) => e.data);
  let read = cache.get(collection);
  if (!read) cache.set(collection, (read = getCollection(collection).then((all) => all.map((e) => e.data))));
  return ((await read) as CollectionEntry<C>['data'][]).slice();
}

/** All organizations, in file order. */
export const organizations = (): Promise<Organization[]> => dataOf('organizations');

/** The datasets of data/metrics/, by id. */
export const metrics = async (): Promise<Metric[]> => (await dataOf('metrics')).sort(byId);

/** A dataset by id; throws (and so fails the build) when it does not exist. */
export async function metric(id: string): Promise<Metric> {
  const found = (await metrics()).find((m) => m.id === id);
  if (!found) throw new Error(`No dataset "${id}" in data/metrics/`);
  return found;
}

/** getStaticPaths for `[...lang]/metrics/[id]/…`: one page per dataset and language, the dataset as `m`. */
export async function metricPaths() {
  const all = await metrics();
  return langs.flatMap((lang) => all.map((m) => ({ params: { lang: langParam(lang), id: m.id }, props: { lang, m } })));
}

/** The emission-factor table of the calculators (data/emission-factors.json). */
export async function emissionFactors(): Promise<EmissionFactors> {
  const [table] = await dataOf('emission-factors');
  if (!table) throw new Error('No data/emission-factors.json');
  return table;
}

/** The consortium's subsidy rounds (data/subsidies/), newest fiscal year first. */
export const subsidyRules = async (): Promise<SubsidyRules[]> => (await dataOf('subsidy-rules')).sort(newestRoundFirst);

/** A subsidy round's rules by id; throws when missing. */
export async function rulesOf(id: string): Promise<SubsidyRules> {
  const found = (await subsidyRules()).find((r) => r.id === id);
  if (!found) throw new Error(`No subsidy rules "${id}" in data/subsidies/`);
  return found;
}

/** Related city programmes (data/related-programmes/), newest fiscal year first. */
export const relatedProgrammes = async (): Promise<RelatedProgramme[]> => (await dataOf('related-programmes')).sort(newestRoundFirst);

/** A source of the registry (data/sources.json) by id, for a page that cites one outside any entry; throws when missing. */
export async function registeredSource(id: string): Promise<Source> {
  const found = (await dataOf('sources')).find((s) => s.id === id);
  if (!found) throw new Error(`No source "${id}" in data/sources.json`);
  return found;
}

/** An organization by id; throws when missing (references are also checked before the build). */
export async function organization(id: string): Promise<Organization> {
  const found = (await organizations()).find((o) => o.id === id);
  if (!found) throw new Error(`Unknown organization "${id}"`);
  return found;
}

/** News, newest first. */
export async function newsOf(lang: Lang) {
  return (await entriesOf('news', lang)).sort((a, b) => b.data.date.localeCompare(a.data.date) || byId(a, b));
}
