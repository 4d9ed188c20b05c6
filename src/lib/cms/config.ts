/**
 * The configuration of the editors' CMS (Sveltia CMS, see src/admin/decision-cms.md), built from
 * the one schema map in src/schemas/index.ts. scripts/admin.ts writes it to dist/admin/config.yml at
 * build time (and serves it to `npm run edit`); nothing here is kept by hand but the choice of
 * collections, their Japanese names and the relations the content check resolves.
 *
 * - Bilingual collections use Sveltia's i18n `multiple_folders` structure, which is our layout:
 *   `content/<collection>/{ja,en}/<id>.md`. Words are entered per language (`i18n: true`); ids,
 *   dates, numbers, enums and sources are entered once and written to both files (`duplicate`),
 *   because the twins must agree on them (src/lib/content/integrity.ts, `neutralFields`).
 * - A collection lists only `.md` files (figures and marks in their prose are `:fig{…}` and `:mark{…}`,
 *   src/lib/content/facts-in-prose.ts). An MDX page a developer adds to one (prose with components)
 *   stays with developers, and the collection's description names it.
 * - Language-neutral JSON (datasets, subsidy rules, organizations) has no i18n: its texts are
 *   `{ ja, en }` objects, shown as two fields side by side.
 * - Every edit goes through a branch and a pull request (`publish_mode: editorial_workflow`), so CI's
 *   content check and tests run before anything is published.
 */
import type { z } from 'astro/zod';
import { bilingualSchemas, dataSchemas, type BilingualCollection } from '../../schemas';
import { references } from '../content/check/fields';
import { source as sourceSchema } from '../../schemas/shared';
import { notBlank, objectFields, type EditorField, type RelationTarget, type WalkOptions } from './fields';

export interface CmsOptions {
  /** UI string lookup for `cms.*` keys (Japanese: the editors' language); labels and hints come from it. */
  text: (key: string) => string | undefined;
  /** Ids of MDX files per bilingual collection, which the editor lists as developers' pages. */
  mdxIds: Partial<Record<BilingualCollection, string[]>>;
  /** `local`: `npm run edit`; `github`: production with the auth worker. */
  backend: { name: 'github'; repo: string; branch: string; baseUrl?: string } | { name: 'local' };
  siteUrl?: string;
}

/**
 * The GitHub API address written for the local backend: loopback, never requested (the local
 * workflow reads and writes the picked folder), and not api.github.com, so that the CMS makes no
 * status request to another host.
 */
export const localApiRoot = 'http://127.0.0.1/api/v3';

/** The relation targets the editor offers as pickers. */
const targets: Record<string, RelationTarget> = {
  organizations: { collection: 'organizations', file: 'organizations', valueField: 'organizations.*.id', displayFields: ['organizations.*.name.ja', 'organizations.*.id'] },
  projects: { collection: 'projects', valueField: '{{slug}}', displayFields: ['title'] },
  glossary: { collection: 'glossary', valueField: '{{slug}}', displayFields: ['title'] },
  metrics: { collection: 'metrics', valueField: 'id', displayFields: ['title.ja', 'id'] },
  sources: { collection: 'sources', file: 'sources', valueField: 'sources.*.id', displayFields: ['sources.*.title', 'sources.*.id'] },
};

/**
 * Which field of `collection` refers to which collection: the content check's own `references`
 * (src/lib/content/check/fields.ts), so that a relation declared there becomes a picker here; a
 * cited source (the `source` schema) is a pick from the source registry. Data files name their operator.
 */
function relationOf(collection: string): (path: string, schema?: z.ZodType) => RelationTarget | undefined {
  const declared = Object.entries(references).find(([name]) => name === collection)?.[1];
  const refs: Record<string, string> = declared ? Object.fromEntries(Object.entries(declared).map(([field, target]) => [field, String(target)])) : {};
  return (path, schema) => {
    // A cited source, wherever it is: an id in the source registry (data/sources.json).
    if (schema === sourceSchema) return targets.sources;
    if ((collection === 'subsidy-rules' || collection === 'related-programmes') && path === 'operator') return targets.organizations;
    const target = refs[path];
    return target ? targets[target] : undefined;
  };
}

/** Sveltia's name for a bilingual collection's i18n: words per language, the rest written to both. */
function withI18n(fields: EditorField[]): EditorField[] {
  // translatedFrom is the English file's own record of the Japanese version it follows: entered on
  // the English side only (left empty, and so not written, in the Japanese file). Duplicated, it
  // would also land in the Japanese file and could never be recorded for one side alone.
  return fields.map((f) => (translatable(f) || f.name === 'translatedFrom' ? { ...f, i18n: true } : duplicated(f)));
}
/**
 * A field entered once and written to both twins, with every field inside it marked the same way:
 * Sveltia copies a list's items to the other language but leaves their fields empty unless each is
 * itself `duplicate` (seen in the editor test: the English file got sources with blank titles).
 */
function duplicated(f: EditorField): EditorField {
  return {
    ...f,
    i18n: 'duplicate',
    ...(f.fields ? { fields: f.fields.map(duplicated) } : {}),
    ...(f.field ? { field: duplicated(f.field) } : {}),
  };
}
/** Words a reader reads: text fields and groups holding them, but not sources (kept as the publisher titled them). */
function translatable(f: EditorField): boolean {
  if (f.name === 'sources' || f.widget === 'relation' || f.widget === 'select' || f.widget === 'number' || f.widget === 'boolean') return false;
  if (f.pattern && f.pattern !== notBlank) return false; // dates and ids
  if (f.fields) return f.fields.some(translatable);
  if (f.field) return translatable(f.field);
  return f.widget === 'string' || f.widget === 'text' || f.widget === 'markdown';
}

export interface BuiltConfig {
  config: Record<string, unknown>;
  /** The fields of each collection, by collection name (for the coverage test). */
  fields: Record<string, EditorField[]>;
  /** Field paths left to developers (hidden in the form, value kept), by collection. */
  developerOnly: Record<string, string[]>;
}

/** Bilingual collections the secretariat edits, and the label key of each. */
export const editableBilingual = ['news', 'subsidies', 'glossary'] as const satisfies readonly BilingualCollection[];
/** Language-neutral data the secretariat edits. */
export const editableData = ['metrics', 'subsidy-rules', 'related-programmes', 'organizations', 'sources'] as const satisfies ReadonlyArray<keyof typeof dataSchemas>;

export function cmsConfig(o: CmsOptions): BuiltConfig {
  const fields: Record<string, EditorField[]> = {};
  const developerOnly: Record<string, string[]> = {};
  const label = (name: string) => o.text(`cms.field.${name}`) ?? name;
  /**
   * An option's label: the editors' word (`cms.option.reliability.secondary`, the reader's word where
   * the site shows one), followed by the stored value, which the hints name (`secondary`（報道による）).
   * The bare value when no word is written, which the coverage test refuses.
   */
  const option = (name: string, value: string) => {
    const word = o.text(`cms.option.${name}.${value}`);
    return word ? `${word}（${value}）` : value;
  };
  /**
   * A field's Japanese hint: the one written for this collection's field (`cms.hint.news.date`),
   * else for a path several collections share (`cms.hint.lastChecked.date`), else for its name
   * (`cms.hint.ja`, `cms.hint.reliability`), so that a hint shared by every use is written once.
   */
  const hint = (collection: string) => (path: string) =>
    o.text(`cms.hint.${collection}.${path}`) ?? o.text(`cms.hint.${path}`) ?? o.text(`cms.hint.${path.slice(path.lastIndexOf('.') + 1)}`);
  const walk = (collection: string, schema: z.ZodType): EditorField[] => {
    const dev: string[] = [];
    const walkOptions: WalkOptions = { hint: hint(collection), label, option, relation: relationOf(collection), developerOnly: dev };
    const result = objectFields(schema, '', walkOptions);
    developerOnly[collection] = dev;
    fields[collection] = result;
    return result;
  };
  const must = (key: string) => o.text(key) ?? key;
  const mdxNote = (c: BilingualCollection) => {
    const ids = o.mdxIds[c] ?? [];
    return ids.length ? ` ${must('cms.mdxNote')}: ${ids.join(', ')}` : '';
  };

  // Typed as any bilingual collection: pages (key figures of MDX pages) can be listed again here.
  const editable: readonly BilingualCollection[] = editableBilingual;
  const bilingual = editable.map((c) => {
    const isPages = c === 'pages';
    const own = walk(c, bilingualSchemas[c]);
    // Page prose is MDX with components: its frontmatter (key figures) is edited here, its body is kept as written.
    const body: EditorField = isPages
      ? { name: 'body', label: label('body'), widget: 'hidden', i18n: true }
      : { name: 'body', label: label('body'), widget: 'markdown', required: true, hint: must('cms.hint.body'), i18n: true };
    const all = [...withI18n(own), body];
    fields[c] = all;
    return {
      name: c,
      label: must(`cms.collection.${c}`),
      description: `${must(`cms.collection.${c}.description`)}${isPages ? '' : mdxNote(c)}`,
      folder: `content/${c}`,
      extension: isPages ? 'mdx' : 'md',
      format: 'frontmatter',
      create: !isPages,
      delete: !isPages,
      // The id is the file name and the URL; editors type it (Sveltia's slug field), the check refuses a bad one.
      slug: { editable: true },
      i18n: true,
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: c === 'news' ? ['date', 'title'] : ['title'],
      fields: all,
    };
  });

  // The CMS collection has the name of the data collection (src/content.config.ts).
  const folderData = (name: 'metrics' | 'subsidy-rules' | 'related-programmes', summary: string) => ({
    name,
    label: must(`cms.collection.${name}`),
    description: must(`cms.collection.${name}.description`),
    folder: dataSchemas[name].dir,
    extension: 'json',
    format: 'json',
    create: true,
    slug: '{{id}}',
    identifier_field: 'id',
    summary,
    fields: walk(name, dataSchemas[name].schema),
  });

  const organizationFields = walk('organizations', dataSchemas.organizations.schema.element);
  const sourceFields = walk('sources', dataSchemas.sources.schema.element);
  const registry = (name: 'organizations' | 'sources', file: string, summary: string, fields: EditorField[]) => ({
    name,
    label: must(`cms.collection.${name}`),
    description: must(`cms.collection.${name}.description`),
    files: [{ name, label: must(`cms.collection.${name}`), file, format: 'json', fields: [{ name, label: must(`cms.collection.${name}`), widget: 'list', root: true, summary, fields }] }],
  });
  const config: Record<string, unknown> = {
    backend:
      o.backend.name === 'local'
        ? // Sveltia's local workflow: Chrome or Edge opens the working tree (File System Access API), no login.
          // `api_root` off api.github.com marks the repository "self-hosted", the one case in which
          // Sveltia does not poll githubstatus.com for GitHub's health (its backend-status-indicator,
          // v0.221); the local workflow never calls this API. See src/admin/decision-cms.md.
          { name: 'github', repo: 'local/kitakyushu-gx-site', branch: 'main', api_root: localApiRoot }
        : { name: 'github', repo: o.backend.repo, branch: o.backend.branch, ...(o.backend.baseUrl ? { base_url: o.backend.baseUrl } : {}) },
    publish_mode: 'editorial_workflow',
    ...(o.siteUrl ? { site_url: o.siteUrl } : {}),
    media_folder: 'public/images/uploads',
    public_folder: '/images/uploads',
    // Optional fields left empty are left out of the file, as a developer would write it.
    output: { omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 } },
    i18n: { structure: 'multiple_folders', locales: ['ja', 'en'], default_locale: 'ja', initial_locales: 'all' },
    collections: [
      ...bilingual,
      folderData('metrics', '{{title.ja}} ({{id}})'),
      folderData('subsidy-rules', '{{programme.ja}} {{fiscalYear}} ({{id}})'),
      folderData('related-programmes', '{{programme.ja}} {{fiscalYear}} ({{id}})'),
      registry('organizations', dataSchemas.organizations.file, '{{fields.name.ja}} ({{fields.id}})', organizationFields),
      registry('sources', dataSchemas.sources.file, '{{fields.title}} ({{fields.id}})', sourceFields),
    ],
  };
  return { config, fields, developerOnly };
}
