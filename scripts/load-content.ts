/**
 * The one validated load path for everything an editor touches: every entry of content/ and every
 * file of data/, each parsed once and validated with its schema from src/schemas/index.ts (the map
 * that src/content.config.ts gives Astro too). Frontmatter is read with Astro's own YAML parser
 * (js-yaml) but without YAML timestamps: with them, an unquoted 2026-13-40 becomes 9 February 2027
 * before any schema sees it, so a mistyped date would pass; as text, it is checked as written.
 * JSON is read with a parser that reports duplicate keys (JSON.parse would silently keep the last one).
 * Returns typed data and one problem per mistake, naming the file, the field and the value.
 * Shared by scripts/check-content.ts (before each build) and the content tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { parse as parseJsonc, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import type { z } from 'astro/zod';
import { bilingualSchemas, dataSchemas, type BilingualCollection, type EntryData } from '../src/schemas/index.ts';
import type { Organization } from '../src/schemas/organizations.ts';
import type { EmissionFactors } from '../src/schemas/emission-factors.ts';
import type { Metric } from '../src/schemas/metrics.ts';
import type { SubsidyRules } from '../src/schemas/subsidy-rules.ts';
import type { RelatedProgramme } from '../src/schemas/related-programme.ts';
import { checkIntegrity, checkMetricPoints, checkUniqueIds, pointKey, type Problem } from '../src/lib/content/integrity.ts';
import { checkBodies, checkFactors, checkHandWrittenFigures, checkMetricDates, checkNewsDates, checkRoundReferences, checkSubsidyRounds } from '../src/lib/content/rules.ts';
import { checkJapaneseNamesNoted } from '../src/lib/content/rules.ts';
import { isStale } from '../src/lib/metrics/series';
import { checkData, idProblems } from '../src/lib/content/data-files.ts';
import { entryId } from '../src/schemas/shared.ts';
import { checkAsOfCoversPoints, checkDatesNotFuture } from '../src/lib/content/check/dates-not-future.ts';
import { checkMarkup } from '../src/lib/content/check/markup.ts';
import { checkLanguage } from '../src/lib/content/check/language.ts';
import { checkBodyAddresses } from '../src/lib/content/check/addresses.ts';
import { checkGlossaryUnique, checkNewsUnique } from '../src/lib/content/check/uniqueness.ts';
import { checkFigureProps } from '../src/lib/content/check/figures-in-prose.ts';
import { checkTwinDates } from '../src/lib/content/check/prose-dates.ts';
import { proseFigureProblems, type DatasetPoint } from '../src/lib/content/prose-figures.ts';

const entryIdPattern = { test: (id: string) => entryId.safeParse(id).success };

/** One bilingual entry, validated: its data has the schema's types and defaults. */
export type TypedEntry = {
  [C in BilingualCollection]: {
    collection: C;
    /** Path of the file, relative to the project root. */
    file: string;
    lang: 'ja' | 'en';
    /** Language-neutral id: the file name without extension. */
    id: string;
    data: EntryData<C>;
    /** The Markdown or MDX after the frontmatter. */
    body: string;
    /** Line of the file on which `body` starts (1-based), so that checks can name lines. */
    bodyLine: number;
    /** The whole file as written (frontmatter included), for the prose check's line numbers. */
    text: string;
  };
}[BilingualCollection];

export interface LoadedSite {
  entries: TypedEntry[];
  organizations: Organization[];
  emissionFactors?: EmissionFactors;
  metrics: Metric[];
  subsidyRules: SubsidyRules[];
  relatedProgrammes: RelatedProgramme[];
  /** Files that could not be read or do not match their schema. */
  problems: Problem[];
  /** The entries (`collection/lang/id`) among those files: present, but not in `entries`. */
  rejected: Set<string>;
  /** Ids of data files present but refused (by folder: `metrics`, `subsidy-rules` …, and `organizations`). */
  rejectedData: Record<'metrics' | 'subsidy-rules' | 'related-programmes' | 'organizations', Set<string>>;
}

/**
 * JSON with every duplicate key reported: `visit` walks the text once; each object keeps the keys
 * seen so far.
 */
export function readJson(file: string, written: string): { value?: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  // A byte-order mark is invisible in most editors; the parser would call it "InvalidSymbol" at line 1.
  const text = withoutBom(file, written, problems);
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  for (const e of errors) {
    const line = text.slice(0, e.offset).split('\n').length;
    problems.push({ file, field: '(file)', message: `is not valid JSON at line ${line}: ${printParseErrorCode(e.error)}` });
  }
  const stack: Array<{ keys: Set<string>; path: string }> = [];
  visit(text, {
    onObjectBegin: (_o, _l, _line, _col, pathSupplier) => {
      stack.push({ keys: new Set(), path: pathSupplier().join('.') });
    },
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (key, _offset, _length, line) => {
      const top = stack.at(-1);
      if (!top) return;
      if (top.keys.has(key)) {
        const field = top.path ? `${top.path}.${key}` : key;
        problems.push({ file, field, message: `is written twice in the same object (line ${line + 1}); JSON keeps only the last, so remove one` });
      }
      top.keys.add(key);
    },
  });
  return { value: errors.length ? undefined : value, problems };
}

/** The text without a byte-order mark, which is reported once as what it is. */
function withoutBom(file: string, text: string, problems: Problem[]): string {
  if (!text.startsWith('\uFEFF')) return text;
  problems.push({ file, field: '(file)', message: 'starts with a byte-order mark (BOM): save it as UTF-8 without BOM' });
  return text.slice(1);
}

function validate<S extends z.ZodType>(file: string, schema: S, input: unknown, problems: Problem[]): z.output<S> | undefined {
  const checked = checkData(file, schema, input);
  problems.push(...checked.problems);
  return checked.data;
}

function readDataFile<S extends z.ZodType>(root: string, file: string, schema: S, problems: Problem[]): z.output<S> | undefined {
  if (!existsSync(join(root, file))) {
    problems.push({ file, field: '(file)', message: 'is missing' });
    return undefined;
  }
  const json = readJson(file, readFileSync(join(root, file), 'utf8'));
  problems.push(...json.problems);
  return json.value === undefined ? undefined : validate(file, schema, json.value, problems);
}

/** Every JSON file of a data/ folder, validated, its `id` required to match its file name. */
function readDataDir<S extends z.ZodType<{ id: string }>>(root: string, dir: string, schema: S, problems: Problem[], rejected: Set<string>): z.output<S>[] {
  if (!existsSync(join(root, dir))) return [];
  const out: z.output<S>[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = `${dir}/${name}`;
    const data = readDataFile(root, file, schema, problems);
    // The file exists: what refers to it is not told that it does not (one mistake, one message).
    if (data === undefined) rejected.add(name.replace(/\.json$/, ''));
    if (data === undefined) continue;
    const wrongId = idProblems(file, data.id);
    problems.push(...wrongId);
    if (wrongId.length === 0) out.push(data);
  }
  return out;
}

export function loadSite(root: string = process.cwd()): LoadedSite {
  const problems: Problem[] = [];
  const entries: TypedEntry[] = [];
  // Every entry file found; those that fail their own check are `rejected`.
  const found = new Set<string>();
  for (const collection of Object.keys(bilingualSchemas) as BilingualCollection[]) {
    for (const lang of ['ja', 'en'] as const) {
      const dir = join(root, 'content', collection, lang);
      if (!existsSync(dir)) continue;
      const seen = new Map<string, string>();
      for (const name of readdirSync(dir).sort()) {
        const match = name.match(/^(.+)\.mdx?$/);
        if (!match) continue;
        const id = match[1]!;
        const file = `content/${collection}/${lang}/${name}`;
        // The file name is the id and the address: /case-studies/GX Day Offset/ is not one.
        if (!entryIdPattern.test(id)) {
          const fixed = id.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
          problems.push({ file, field: '(file name)', message: `"${name}" must be lowercase words joined by hyphens, since it is the page's address: rename it to ${fixed}${name.slice(id.length)}` });
          found.add(`${collection}/${lang}/${fixed}`);
          continue;
        }
        // Astro would keep one of the two and only warn; the twins could then use different files.
        if (seen.has(id)) {
          problems.push({ file, field: '(file)', message: `has the same id "${id}" as ${seen.get(id)}: keep one file per entry` });
          continue;
        }
        seen.set(id, file);
        found.add(`${collection}/${lang}/${id}`);
        const text = withoutBom(file, readFileSync(join(dir, name), 'utf8'), problems);
        const raw = extractFrontmatter(text);
        if (!raw) {
          problems.push({ file, field: '(frontmatter)', message: 'is missing: the file must start with a --- block' });
          continue;
        }
        let frontmatter: unknown;
        try {
          frontmatter = loadYaml(raw, { schema: CORE_SCHEMA }) ?? {};
        } catch (error) {
          problems.push({ file, field: '(frontmatter)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
          continue;
        }
        const data = validate(file, bilingualSchemas[collection], frontmatter, problems);
        if (data === undefined) continue;
        // The frontmatter's lines are kept blank (as Astro's 'empty-with-lines'), so body line n is file line n.
        const body = text.replace(`---${raw}---`, raw.replace(/[^\r\n]/g, ''));
        entries.push({ collection, file, lang, id, data, body, bodyLine: 1, text } as TypedEntry);
      }
    }
  }
  const rejectedData: LoadedSite['rejectedData'] = { metrics: new Set(), 'subsidy-rules': new Set(), 'related-programmes': new Set(), organizations: new Set() };
  const organizations = readDataFile(root, dataSchemas.organizations.file, dataSchemas.organizations.schema, problems);
  if (organizations === undefined) for (const id of rawIds(root, dataSchemas.organizations.file)) rejectedData.organizations.add(id);
  const emissionFactors = readDataFile(root, dataSchemas.emissionFactors.file, dataSchemas.emissionFactors.schema, problems);
  const metrics = readDataDir(root, dataSchemas.metrics.dir, dataSchemas.metrics.schema, problems, rejectedData.metrics);
  const subsidyRules = readDataDir(root, dataSchemas.subsidyRules.dir, dataSchemas.subsidyRules.schema, problems, rejectedData['subsidy-rules']);
  const relatedProgrammes = readDataDir(root, dataSchemas.relatedProgrammes.dir, dataSchemas.relatedProgrammes.schema, problems, rejectedData['related-programmes']);
  for (const e of entries) found.delete(`${e.collection}/${e.lang}/${e.id}`);
  return { entries, organizations: organizations ?? [], emissionFactors, metrics, subsidyRules, relatedProgrammes, problems, rejected: found, rejectedData };
}

/** The `id`s written in a JSON list that failed its schema, read leniently, so references to them stay quiet. */
function rawIds(root: string, file: string): string[] {
  const value = existsSync(join(root, file)) ? parseJsonc(readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '')) : undefined;
  return Array.isArray(value) ? value.flatMap((item: unknown) => (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? [item.id] : [])) : [];
}

/**
 * Every route the build makes, from the files in src/pages: `[id]` in a folder named after a
 * collection (or `metrics`, `data`) stands for each of its ids; `[...lang]` for `` and `/en`.
 * Used to check links written in content before anything is built.
 */
export function sitePages(site: LoadedSite, root: string = process.cwd()): Set<string> {
  const ids = new Map<string, Set<string>>();
  for (const e of site.entries) ids.set(e.collection, (ids.get(e.collection) ?? new Set()).add(e.id));
  // A page whose file failed its own check is reported there, not again by every link to it.
  for (const key of site.rejected) {
    const [collection, , id] = key.split('/');
    ids.set(collection!, (ids.get(collection!) ?? new Set()).add(id!));
  }
  ids.set('metrics', new Set([...site.metrics.map((m) => m.id), ...site.rejectedData.metrics]));
  ids.set('data', new Set([...site.metrics.map((m) => m.id), ...site.rejectedData.metrics, 'emission-factors']));
  const pages = new Set<string>();
  const walk = (dir: string, rel: string[]) => {
    for (const name of readdirSync(join(root, dir))) {
      if (statSync(join(root, dir, name)).isDirectory()) {
        walk(join(dir, name), [...rel, name]);
        continue;
      }
      const route = [...rel, name.replace(/\.(astro|ts|md|mdx)$/, '')];
      if (route.at(-1) === 'index') route.pop();
      let routes = [''];
      for (const [i, part] of route.entries()) {
        const isFile = i === route.length - 1 && /\.[a-z]+$/.test(part);
        const choices = part === '[...lang]' ? ['', '/en'] : part.startsWith('[') ? [...(ids.get(route[i - 1] ?? '') ?? [])].map((id) => `/${part.replace(/\[[^\]]+\]/, id)}`) : [`/${part}`];
        routes = routes.flatMap((r) => choices.map((c) => r + c));
        if (isFile) routes = routes.map((r) => `${r}\u0000`);
      }
      for (const r of routes) pages.add(r.endsWith('\u0000') ? r.slice(0, -1) : `${r}/`);
    }
  };
  walk('src/pages', []);
  return pages;
}

/** Every problem of the site's content and data: schemas first, then the rules across files. */
export function siteProblems(site: LoadedSite, today: string, root: string = process.cwd()): Problem[] {
  const points = new Set(site.metrics.flatMap((m) => m.points.map((p) => pointKey(m.id, p.x, p.series))));
  const known = {
    organizations: new Set(site.organizations.map((o) => o.id)),
    'subsidy-rules': new Set(site.subsidyRules.map((r) => r.id)),
    metrics: new Set(site.metrics.map((m) => m.id)),
  };
  // What refers to a file that exists but failed its own check is not blamed as well.
  const present = {
    organizations: new Set([...known.organizations, ...site.rejectedData.organizations]),
    'subsidy-rules': new Set([...known['subsidy-rules'], ...site.rejectedData['subsidy-rules']]),
    metrics: new Set([...known.metrics, ...site.rejectedData.metrics]),
  };
  return [
    ...site.problems,
    ...checkUniqueIds(site.organizations, dataSchemas.organizations.file),
    ...checkIntegrity(site.entries, present, site.rejected),
    ...checkMetricPoints(site.entries, points, known.metrics),
    ...checkBodies(site.entries, sitePages(site, root)),
    ...checkJapaneseNamesNoted(site.entries),
    ...checkNewsDates(site.entries),
    ...(site.emissionFactors ? checkFactors(site.emissionFactors) : []),
    ...checkMetricDates(site.metrics, today),
    ...checkSubsidyRounds(site.subsidyRules, dataSchemas.subsidyRules.dir),
    ...checkSubsidyRounds(site.relatedProgrammes, dataSchemas.relatedProgrammes.dir),
    ...checkRoundReferences(site.subsidyRules, site.relatedProgrammes, present.organizations),
    ...checkHandWrittenFigures(site.entries, site.metrics),
    ...proseProblems(site),
    ...checkDatesNotFuture(datedFiles(site), today),
    ...checkAsOfCoversPoints(site.metrics, today),
    ...checkMarkup(site.entries, (path) => existsSync(join(root, path))),
    ...checkLanguage(site.entries),
    ...checkBodyAddresses(site.entries),
    ...checkGlossaryUnique(site.entries),
    ...checkNewsUnique(site.entries),
    ...checkFigureProps(site.entries, site.metrics, present.metrics),
    ...checkTwinDates(site.entries),
  ];
}

/** Every entry and data file with its data, for the rules that walk all fields. */
function datedFiles(site: LoadedSite) {
  return [
    ...site.entries.map((e) => ({ file: e.file, collection: e.collection, twins: `${e.collection}/${e.id}`, data: e.data })),
    ...site.metrics.map((m) => ({ file: `${dataSchemas.metrics.dir}/${m.id}.json`, data: m })),
    ...site.subsidyRules.map((r) => ({ file: `${dataSchemas.subsidyRules.dir}/${r.id}.json`, data: r })),
    ...site.relatedProgrammes.map((r) => ({ file: `${dataSchemas.relatedProgrammes.dir}/${r.id}.json`, data: r })),
    ...(site.emissionFactors ? [{ file: dataSchemas.emissionFactors.file, data: site.emissionFactors }] : []),
  ];
}

/** Numbers typed in prose that a dataset holds, and twins that state different numbers (file and line). */
function proseProblems(site: LoadedSite): Problem[] {
  const points: DatasetPoint[] = site.metrics.flatMap((m) => m.points.map((p) => ({ metric: m.id, x: p.x, series: p.series, value: p.value, unit: m.unit, title: m.title, proseUnits: m.proseUnits })));
  return proseFigureProblems(site.entries, points).map((p) => ({ file: p.file, field: `(line ${p.line})`, message: p.message }));
}

// What scripts/check-content.ts needs besides the loader, so that it loads one module.
export { formatProblems } from '../src/lib/content/integrity.ts';
export { todayInJapan } from '../src/lib/dates.ts';

/** What is due for a check, printed by the content check (never a build warning). */
export function reviewNotes(site: LoadedSite, today: string): string[] {
  const notes = site.metrics.filter((m) => isStale(m, today)).map((m) => `data/metrics/${m.id}.json: as of ${m.asOf}, older than its review interval of ${m.reviewEveryMonths} months`);
  const stale = new Date(Date.parse(`${today}T00:00:00Z`) - 180 * 86_400_000).toISOString().slice(0, 10);
  for (const [dir, rounds] of [[dataSchemas.subsidyRules.dir, site.subsidyRules], [dataSchemas.relatedProgrammes.dir, site.relatedProgrammes]] as const) {
    for (const r of rounds) {
      if (r.validUntil < today) notes.push(`${dir}/${r.id}.json: rules valid until ${r.validUntil}, which has passed`);
      if (r.lastChecked < stale) notes.push(`${dir}/${r.id}.json: last checked on ${r.lastChecked}, more than 180 days ago`);
    }
  }
  return notes;
}
