/**
 * Every content collection of the site. Each bilingual collection lives in
 * `content/<collection>/{ja,en}/<id>.md(x)`; its entry ids are `ja/<id>` and `en/<id>`, and the
 * language-neutral `<id>` (the file name) is what URLs and references use. `src/lib/content`
 * is the only module that queries these collections.
 * The language-neutral data of data/ are collections too, read through the same module; every
 * schema comes from the one map in src/schemas/index.ts, which the content check
 * (src/lib/content/check/, run before the build) validates every file with first, naming file,
 * field and value. Cross-references between collections are plain ids, checked by the content
 * check (Astro's own `reference()` only logs a missing entry).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import starlightStrings from './i18n/starlight.json';
import { bilingualSchemas, dataSchemas, type BilingualCollection } from './schemas';

/** Bilingual Markdown/MDX files under content/<name>/{ja,en}/. */
// Ids are the path without extension (`ja/green-lp-gas`), also for `index` files, which the
// default id would shorten to `ja`.
const bilingual = (name: BilingualCollection) =>
  glob({ base: `./content/${name}`, pattern: '{ja,en}/*.{md,mdx}', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

/** Every JSON file of a data/ folder, id = file name. */
const jsonDir = (dir: string) => glob({ base: `./${dir}`, pattern: '*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') });

export const collections = {
  // Starlight's own collection. All pages are routes in src/pages rendered through StarlightPage,
  // so it holds no page; Starlight requires it. Its docsLoader() warns that src/content/docs/ does
  // not exist, and an empty collection makes Astro warn on every build, so it holds one draft entry,
  // which Starlight never builds in production (drafts are left out), and the build log stays quiet.
  docs: defineCollection({ loader: () => [{ id: 'unused-draft', title: 'unused', draft: true }], schema: docsSchema() }),
  // Starlight's own UI strings in Japanese (search box, heading anchors), keyed by language, kept
  // beside the site's UI strings in src/i18n/ rather than in Starlight's default src/content/i18n/.
  // (An inline loader, because Starlight takes the language from the file name when an entry has one.)
  i18n: defineCollection({ loader: () => Object.entries(starlightStrings).map(([id, strings]) => ({ id, ...strings })), schema: i18nSchema() }),
  // Language-neutral list of organizations, referenced by id from every other collection.
  organizations: defineCollection({
    loader: file(`./${dataSchemas.organizations.file}`),
    schema: dataSchemas.organizations.schema.element,
  }),
  // The source registry (data/sources.json): every source cited, by id. Citations are resolved by
  // the schemas themselves (src/schemas/shared.ts `source`); the collection makes the registry
  // queryable like every other data file.
  sources: defineCollection({ loader: file(`./${dataSchemas.sources.file}`), schema: dataSchemas.sources.schema.element }),
  // People and places named on the site, with their English forms where a source writes one (data/names.json).
  names: defineCollection({ loader: file(`./${dataSchemas.names.file}`), schema: dataSchemas.names.schema.element }),
  // The official emission factors of the calculators (data/emission-factors.json): one entry, id `emission-factors`.
  'emission-factors': defineCollection({ loader: glob({ base: './data', pattern: 'emission-factors.json', generateId: () => 'emission-factors' }), schema: dataSchemas['emission-factors'].schema }),
  // One dataset per file of data/metrics/ (id = file name): charts, key figures, open data.
  metrics: defineCollection({ loader: jsonDir(dataSchemas.metrics.dir), schema: dataSchemas.metrics.schema }),
  // One subsidy round per file of data/subsidies/: the checker, the guides, the feeds.
  'subsidy-rules': defineCollection({ loader: jsonDir(dataSchemas['subsidy-rules'].dir), schema: dataSchemas['subsidy-rules'].schema }),
  // One round of a related city programme per file of data/related-programmes/.
  'related-programmes': defineCollection({ loader: jsonDir(dataSchemas['related-programmes'].dir), schema: dataSchemas['related-programmes'].schema }),
  // The bilingual collections, each with its schema from src/schemas/index.ts (the same map the
  // content check uses before the build). Listed by name so that Astro's generated types stay exact.
  'working-groups': defineCollection({ loader: bilingual('working-groups'), schema: bilingualSchemas['working-groups'] }),
  projects: defineCollection({ loader: bilingual('projects'), schema: bilingualSchemas.projects }),
  curriculum: defineCollection({ loader: bilingual('curriculum'), schema: bilingualSchemas.curriculum }),
  'case-studies': defineCollection({ loader: bilingual('case-studies'), schema: bilingualSchemas['case-studies'] }),
  subsidies: defineCollection({ loader: bilingual('subsidies'), schema: bilingualSchemas.subsidies }),
  support: defineCollection({ loader: bilingual('support'), schema: bilingualSchemas.support }),
  glossary: defineCollection({ loader: bilingual('glossary'), schema: bilingualSchemas.glossary }),
  news: defineCollection({ loader: bilingual('news'), schema: bilingualSchemas.news }),
  pages: defineCollection({ loader: bilingual('pages'), schema: bilingualSchemas.pages }),
};
