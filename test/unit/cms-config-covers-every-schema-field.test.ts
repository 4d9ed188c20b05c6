/**
 * The editors' CMS configuration (dist/admin/config.yml) is generated from the schema map: every
 * field of every schema the secretariat edits has an editor field, the form's rules carry the
 * schema's own messages, relations are pickers, every field has a Japanese label and a Japanese
 * hint (src/i18n/ja.json `cms.hint.*`), never the schemas' English doc comments, and every option of
 * a select a Japanese label (`cms.option.*`) over exactly the value the schema accepts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { bilingualSchemas, dataSchemas } from '../../src/schemas';
import { cmsConfig, editableBilingual, editableData } from '../../src/lib/cms/config';
import { editorField, enumValues, missingFields, objectFields, shapeOf, unwrap, type EditorField } from '../../src/lib/cms/fields';
import { unhintedFields, unlabelledOptions } from '../../src/lib/cms/coverage';
import { buildCmsConfig, cmsConfigYaml } from '../../scripts/lib/cms-config';
import { cmsAssets } from '../../scripts/lib/cms-assets';
import ja from '../../src/i18n/ja.json';

const built = buildCmsConfig({});
const strings: Record<string, string> = ja;
/** The editor fields generated with one Japanese string left out, as a missing translation would leave them. */
const without = (key: string) => cmsConfig({ text: (k) => (k === key ? undefined : strings[k]), mdxIds: {}, backend: { name: 'local' } }).fields;
const schemaOf: Record<string, z.ZodType> = {
  ...Object.fromEntries(editableBilingual.map((c) => [c, bilingualSchemas[c]])),
  metrics: dataSchemas.metrics.schema,
  'subsidy-rules': dataSchemas['subsidy-rules'].schema,
  'related-programmes': dataSchemas['related-programmes'].schema,
  organizations: dataSchemas.organizations.schema.element,
  sources: dataSchemas.sources.schema.element,
};
const walk = (fields: EditorField[], visit: (f: EditorField, path: string) => void, path = '') => {
  for (const f of fields) {
    const p = path ? `${path}.${f.name}` : f.name;
    visit(f, p);
    if (f.fields) walk(f.fields, visit, p);
    if (f.field) walk([f.field], visit, path);
  }
};
const field = (collection: string, path: string) => {
  let found: EditorField | undefined;
  walk(built.fields[collection]!, (f, p) => (p === path ? (found = f) : undefined));
  if (!found) throw new Error(`${collection} has no editor field ${path}`);
  return found;
};

describe('the generated CMS configuration', () => {
  it('has a collection for news, subsidy rounds and programmes, datasets, key figures, glossary and organizations', () => {
    expect(Object.keys(built.fields).sort()).toEqual(['glossary', 'metrics', 'news', 'organizations', 'related-programmes', 'sources', 'subsidies', 'subsidy-rules']);
    expect(editableData).toContain('metrics');
  });

  it.each(Object.keys(schemaOf))('covers every field of the %s schema', (collection) => {
    expect(missingFields(schemaOf[collection]!, built.fields[collection]!)).toEqual([]);
  });

  it('fails when a schema field has no editor field', () => {
    const fields = built.fields.news!.filter((f) => f.name !== 'category');
    expect(missingFields(bilingualSchemas.news, fields)).toEqual(['category']);
    const event = built.fields.news!.map((f) => (f.name === 'event' ? { ...f, fields: [] } : f));
    expect(missingFields(bilingualSchemas.news, event)).toEqual(['event.location']);
  });

  it('leaves to developers only what a form cannot edit (free-keyed label maps), hidden with their value kept', () => {
    expect(built.developerOnly).toMatchObject({ news: [], subsidies: [], glossary: [], metrics: ['categories', 'series'], 'subsidy-rules': [], 'related-programmes': [], organizations: [] });
    expect(field('metrics', 'categories').widget).toBe('hidden');
  });

  it('validates in the form with the schema’s own rules and messages', () => {
    expect(field('news', 'title')).toMatchObject({ widget: 'string', required: true });
    expect(field('news', 'date').pattern).toEqual([expect.stringContaining('\\d{4}'), 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(field('organizations', 'url').pattern).toEqual(['^https?://\\S+$', 'must be a web address starting with http:// or https://']);
    // Sources are cited by id: a pick from the source registry (data/sources.json), at least one.
    expect(field('news', 'sources')).toMatchObject({ widget: 'relation', collection: 'sources', value_field: 'sources.*.id', multiple: true, min: 1 });
    expect(field('news', 'category')).toMatchObject({ widget: 'select', options: [{ value: 'consortium' }, { value: 'city' }, { value: 'project' }] });
    expect(field('metrics', 'points.value')).toMatchObject({ widget: 'number', required: true });
    expect(field('metrics', 'points.source')).toMatchObject({ widget: 'number', value_type: 'int', min: 0, required: false });
    // Defaults are the schema's, applied when a field is left out; the form writes none.
    expect(field('metrics', 'pointsAre').default).toBeUndefined();
    expect(field('subsidy-rules', 'fiscalYear')).toMatchObject({ value_type: 'int', min: 2000, max: 2100 });
    // A pattern must be a regular expression the browser accepts as written.
    walk(built.fields.news!, (f) => f.pattern && expect(() => new RegExp(f.pattern![0])).not.toThrow());
  });

  it.each(Object.keys(schemaOf))('gives every field the editor shows in %s a Japanese hint', (collection) => {
    expect(unhintedFields(built.fields[collection]!)).toEqual([]);
  });

  it('fails when a field the editor shows has no Japanese hint, naming its path', () => {
    expect(unhintedFields(without('cms.hint.news.event.location').news!)).toEqual(['event.location']);
    // A hint left in English (a doc comment copied as it is) counts as missing.
    const english = built.fields.news!.map((f) => (f.name === 'title' ? { ...f, hint: 'Headline.' } : f));
    expect(unhintedFields(english)).toEqual(['title']);
    // Hidden fields (left to developers) and the items of a list show no hint of their own.
    const list: EditorField = { name: 'aliases', label: 'x', widget: 'list', hint: '別名。', field: { name: 'aliases', label: 'x', widget: 'string' } };
    expect(unhintedFields([{ name: 'categories', label: 'x', widget: 'hidden' }, list])).toEqual([]);
  });

  it('shows the hint written for the collection’s field, else one shared by path or by name', () => {
    expect(field('news', 'title').hint).toBe(ja['cms.hint.news.title']);
    expect(field('sources', 'title').hint).toBe(ja['cms.hint.sources.title']);
    expect(field('news', 'updated').hint).toBe(ja['cms.hint.updated']);
    expect(field('metrics', 'lastChecked.date').hint).toBe(ja['cms.hint.lastChecked.date']);
    expect(field('metrics', 'title.ja').hint).toBe(ja['cms.hint.ja']);
    expect(field('metrics', 'points.reliability').hint).toBe(ja['cms.hint.reliability']);
    // Amounts in whole yen, dates written out: what the form's rules and the content check expect.
    expect(field('subsidy-rules', 'capYen.value').hint).toMatch(/5000000/);
    expect(field('news', 'date').hint).toMatch(/2026-12-07/);
  });

  it('offers organizations as pickers where the content check resolves them', () => {
    expect(field('subsidy-rules', 'operator')).toMatchObject({ widget: 'relation', collection: 'organizations', file: 'organizations', value_field: 'organizations.*.id' });
    expect(field('related-programmes', 'operator')).toMatchObject({ widget: 'relation', collection: 'organizations' });
  });

  it('gives words per language and writes ids, dates, numbers and sources once to both twins', () => {
    expect(field('news', 'title').i18n).toBe(true);
    expect(field('news', 'date').i18n).toBe('duplicate');
    expect(field('news', 'category').i18n).toBe('duplicate');
    expect(field('news', 'sources').i18n).toBe('duplicate');
  });

  it("keeps translatedFrom to the English side: the English file's record, never copied into the Japanese one", () => {
    for (const c of ['news', 'subsidies', 'glossary'] as const) expect(field(c, 'translatedFrom').i18n).toBe(true);
  });

  it('labels every field in Japanese', () => {
    const missing = new Set<string>();
    for (const fields of Object.values(built.fields)) walk(fields, (f) => !(`cms.field.${f.name}` in ja) && missing.add(f.name));
    expect([...missing]).toEqual([]);
  });

  it('uses our layout (content/<collection>/{ja,en}/<id>.md), the editorial workflow and a Japanese-first i18n', () => {
    const config = load(cmsConfigYaml({})) as { publish_mode: string; i18n: unknown; collections: Array<{ name: string; folder?: string; extension?: string; description?: string }> };
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: ['ja', 'en'], default_locale: 'ja' });
    const news = config.collections.find((c) => c.name === 'news')!;
    expect(news).toMatchObject({ folder: 'content/news', extension: 'md' });
    // Every news item is Markdown (figures as :fig{…}), so the editor sends no one to a developer.
    expect(news.description).not.toMatch(/開発者/);
  });

  it('names the pages a developer must edit when a collection holds MDX', () => {
    const root = mkdtempSync(join(tmpdir(), 'cms-mdx-'));
    mkdirSync(join(root, 'content/news/ja'), { recursive: true });
    writeFileSync(join(root, 'content/news/ja/2020-01-01-chart.mdx'), '');
    writeFileSync(join(root, 'content/news/ja/2020-01-02-text.md'), '');
    try {
      const { collections } = buildCmsConfig({}, root).config as { collections: Array<{ name: string; description?: string }> };
      const news = collections.find((c) => c.name === 'news');
      expect(news?.description).toMatch(/開発者.*: 2020-01-01-chart$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('takes the production repository and login from the environment, never from the code', () => {
    const config = load(cmsConfigYaml({ CMS_REPO: 'owner/site', CMS_AUTH_URL: 'https://auth.example.org' })) as { backend: unknown };
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/site', branch: 'main', base_url: 'https://auth.example.org' });
  });

  it('gives the local backend a loopback API address, so that the CMS does not ask githubstatus.com about GitHub', () => {
    // Sveltia polls GitHub's status page unless api_root is other than https://api.github.com.
    const { backend } = load(cmsConfigYaml({})) as { backend: { api_root?: string } };
    expect(backend.api_root).toMatch(/^http:\/\/127\.0\.0\.1\//);
  });
});

describe('the walk over a schema', () => {
  const o = { hint: (path: string) => (path === 'a' ? 'Aの説明。' : undefined), label: (n: string) => n, option: (n: string, v: string) => `${n}=${v}`, relation: () => undefined, developerOnly: [] as string[] };
  it('makes optional and defaulted fields not required, and takes the hint given for the field’s path', () => {
    const fields = objectFields(z.object({ a: z.string().describe('An English description.'), b: z.number().optional(), c: z.boolean().default(true) }), '', o);
    expect(fields).toMatchObject([
      { name: 'a', widget: 'string', required: true, hint: 'Aの説明。' },
      { name: 'b', widget: 'number', required: false },
      { name: 'c', widget: 'boolean', required: false },
    ]);
  });
  it('turns an array of enums into a multiple select and a union of objects into one group', () => {
    expect(editorField('x', z.array(z.enum(['a', 'b'])), undefined, 'x', o)).toMatchObject({ widget: 'select', multiple: true, options: [{ label: 'x=a', value: 'a' }, { label: 'x=b', value: 'b' }] });
    expect(editorField('y', z.literal(['on', 'off']), undefined, 'y', o)).toMatchObject({ widget: 'select', options: [{ label: 'y=on', value: 'on' }, { label: 'y=off', value: 'off' }] });
    const union = editorField('u', z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]), undefined, 'u', o);
    expect(union.fields).toMatchObject([{ name: 'a', required: false }, { name: 'b', required: false }]);
  });
});

/** The schema of the field at `path` (`points.bound`), through lists, groups and unions, unwrapped down to its values. */
const schemaAt = (schema: z.ZodType, path: string): z.ZodType => {
  const inner = (s: z.ZodType): z.ZodType => {
    const u = unwrap(s).schema;
    return u instanceof z.ZodArray ? inner(u.element as z.ZodType) : u;
  };
  return path.split('.').reduce((s, key) => {
    const here = inner(s);
    const options = here instanceof z.ZodUnion ? (here.options as z.ZodType[]) : [here];
    const owner = options.map((x) => shapeOf(x)?.[key]).find(Boolean);
    if (!owner) throw new Error(`no schema field ${path}`);
    return inner(owner);
  }, schema);
};

describe('the options of every select', () => {
  it.each(Object.keys(schemaOf))('are labelled in Japanese in %s', (collection) => {
    expect(unlabelledOptions(built.fields[collection]!)).toEqual([]);
  });

  it('fail the test when a value has no Japanese label, naming the field’s path and the value', () => {
    expect(unlabelledOptions(without('cms.option.bound.lower').metrics!)).toEqual(['points.bound: lower']);
    expect(unlabelledOptions(without('cms.option.reliability.partial')['subsidy-rules']!)).toContain('capYen.reliability: partial');
    // A label left in English counts as missing.
    const english = built.fields.news!.map((f) => (f.name === 'category' ? { ...f, options: [{ label: 'City', value: 'city' }] } : f));
    expect(unlabelledOptions(english)).toEqual(['category: city']);
  });

  it.each(Object.keys(schemaOf))('keep exactly the values the %s schema accepts, in its order', (collection) => {
    let selects = 0;
    walk(built.fields[collection]!, (f, path) => {
      if (!f.options) return;
      selects++;
      expect(f.options.map((c) => c.value), path).toEqual(enumValues(schemaAt(schemaOf[collection]!, path)));
    });
    if (collection !== 'glossary' && collection !== 'subsidies') expect(selects).toBeGreaterThan(0);
  });

  it('show the word a reader sees beside the stored value, which the hints name', () => {
    expect(field('news', 'category').options).toEqual([
      { label: 'コンソーシアム（consortium）', value: 'consortium' },
      { label: '北九州市（city）', value: 'city' },
      { label: 'プロジェクト（project）', value: 'project' },
    ]);
    const read: Array<[string, string]> = [
      ['reliability.secondary', 'reliability.secondary'],
      ['reliability.unverified', 'reliability.unverified'],
      ['reliability.partial', 'reliability.partial'],
      ...['consortium', 'city', 'project'].map((v): [string, string] => [`category.${v}`, `news.category.${v}`]),
      ...['industry', 'academia', 'government', 'finance'].map((v): [string, string] => [`sector.${v}`, `sector.${v}`]),
      ...['public', 'investors', 'members'].map((v): [string, string] => [`audience.${v}`, `metrics.group.${v}`]),
    ];
    for (const [option, page] of read) expect(strings[`cms.option.${option}`], option).toBe(strings[page]);
  });

  it('are written to config.yml as label and value, as Sveltia reads them', () => {
    const config = load(cmsConfigYaml({})) as { collections: Array<{ name: string; fields: Array<{ name: string; options?: unknown }> }> };
    const news = config.collections.find((c) => c.name === 'news')!;
    expect(news.fields.find((f) => f.name === 'category')!.options).toContainEqual({ label: '北九州市（city）', value: 'city' });
  });
});

describe('the CMS’s own files', () => {
  it('are served from this site: no address of unpkg or jsdelivr is left in the bundle', () => {
    const assets = cmsAssets();
    const bundle = String(assets['sveltia-cms.js']!.body);
    expect(bundle).not.toContain('https://unpkg.com/@sveltia/cms`');
    expect(bundle).not.toContain('cdn.jsdelivr.net/fontsource');
    expect(Object.keys(assets)).toEqual(expect.arrayContaining([expect.stringMatching(/^sveltia@[\d.]+\/locales\/ja\.json$/), expect.stringMatching(/^fonts\/material-symbols/)]));
  });
});

describe('text a reader sees', () => {
  it('is refused blank in the form with the schema’s message, as the check refuses it', () => {
    expect(field('news', 'title').pattern).toEqual(['\\S', 'must not be blank']);
    expect(new RegExp(field('news', 'title').pattern![0]).test('   ')).toBe(false);
    expect(field('news', 'title').i18n).toBe(true);
  });
});
