/**
 * Every schema of the site, by what it validates. The one map that `src/content.config.ts` (Astro's
 * collections), `src/lib/content/check/load.ts` (the content check before each build) and the tests read,
 * so that content is validated one way only.
 */
import { z } from 'astro/zod';
import { caseStudySchema } from './case-studies';
import { curriculumSchema } from './curriculum';
import { emissionFactorsSchema } from './emission-factors';
import { glossarySchema } from './glossary';
import { metricSchema } from './metrics';
import { newsSchema } from './news';
import { operatorSchema } from './operator';
import { organizationSchema } from './organizations';
import { pageSchema } from './pages';
import { projectSchema } from './projects';
import { sourceRegistrySchema } from './sources';
import { namesSchema } from './names';
import { subsidyRulesSchema } from './subsidy-rules';
import { relatedProgrammeSchema } from './related-programme';
import { subsidySchema } from './subsidies';
import { supportSchema } from './support';
import { workingGroupSchema } from './working-groups';

/** Bilingual Markdown/MDX collections: `content/<name>/{ja,en}/<id>.md(x)`. */
export const bilingualSchemas = {
  'working-groups': workingGroupSchema,
  projects: projectSchema,
  curriculum: curriculumSchema,
  'case-studies': caseStudySchema,
  subsidies: subsidySchema,
  support: supportSchema,
  glossary: glossarySchema,
  news: newsSchema,
  pages: pageSchema,
} as const;
export type BilingualCollection = keyof typeof bilingualSchemas;
export type EntryData<C extends BilingualCollection = BilingualCollection> = z.output<(typeof bilingualSchemas)[C]>;

/**
 * Language-neutral JSON, by collection name: one file (`file`; organizations.json holds a list of
 * entries, emission-factors.json is one entry), or one file per entry in a folder (`dir`, id = file
 * name, which must equal the file's `id`).
 */
export const dataSchemas = {
  sources: { file: 'data/sources.json', schema: sourceRegistrySchema },
  names: { file: 'data/names.json', schema: namesSchema },
  organizations: { file: 'content/organizations/organizations.json', schema: z.array(organizationSchema) },
  'emission-factors': { file: 'data/emission-factors.json', schema: emissionFactorsSchema },
  metrics: { dir: 'data/metrics', schema: metricSchema },
  'subsidy-rules': { dir: 'data/subsidies', schema: subsidyRulesSchema },
  'related-programmes': { dir: 'data/related-programmes', schema: relatedProgrammeSchema },
  operator: { file: 'data/operator.json', schema: operatorSchema },
} as const;
// The operator setting is read by src/lib/site/operator.ts (the footer and banner overrides need it
// synchronously), so it is the one data file that is not a collection.
export type DataCollection = Exclude<keyof typeof dataSchemas, 'operator'>;
