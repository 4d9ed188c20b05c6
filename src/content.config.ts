/**
 * Every content collection of the site. Each bilingual collection lives in
 * `content/<collection>/{ja,en}/<id>.md(x)`; its entry ids are `ja/<id>` and `en/<id>`, and the
 * language-neutral `<id>` (the file name) is what URLs and references use. `src/lib/content`
 * is the only module that queries these collections.
 * Cross-references between collections are plain ids, checked before the build by
 * `scripts/check-content.ts` (Astro's own `reference()` only logs a missing entry).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { organizationSchema } from './schemas/organizations';
import { workingGroupSchema } from './schemas/working-groups';
import { projectSchema } from './schemas/projects';
import { curriculumSchema } from './schemas/curriculum';
import { caseStudySchema } from './schemas/case-studies';
import { subsidySchema } from './schemas/subsidies';
import { supportSchema } from './schemas/support';
import { glossarySchema } from './schemas/glossary';
import { newsSchema } from './schemas/news';
import { pageSchema } from './schemas/pages';

/** Bilingual Markdown/MDX files under content/<name>/{ja,en}/. */
// Ids are the path without extension (`ja/green-lp-gas`), also for `index` files, which the
// default id would shorten to `ja`.
const bilingual = (name: string) =>
  glob({ base: `./content/${name}`, pattern: '{ja,en}/*.{md,mdx}', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });

export const collections = {
  // Starlight's own collection. All pages are routes in src/pages rendered through StarlightPage,
  // so this stays empty; it exists because Starlight requires it.
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // UI strings for Starlight (src/content/i18n/<lang>.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // Language-neutral list of organizations, referenced by id from every other collection.
  organizations: defineCollection({
    loader: file('./content/organizations/organizations.json'),
    schema: organizationSchema,
  }),
  'working-groups': defineCollection({ loader: bilingual('working-groups'), schema: workingGroupSchema }),
  projects: defineCollection({ loader: bilingual('projects'), schema: projectSchema }),
  curriculum: defineCollection({ loader: bilingual('curriculum'), schema: curriculumSchema }),
  'case-studies': defineCollection({ loader: bilingual('case-studies'), schema: caseStudySchema }),
  subsidies: defineCollection({ loader: bilingual('subsidies'), schema: subsidySchema }),
  support: defineCollection({ loader: bilingual('support'), schema: supportSchema }),
  glossary: defineCollection({ loader: bilingual('glossary'), schema: glossarySchema }),
  news: defineCollection({ loader: bilingual('news'), schema: newsSchema }),
  pages: defineCollection({ loader: bilingual('pages'), schema: pageSchema }),
};
