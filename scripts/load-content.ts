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
import { proseFigureProblems, type DatasetPoint } from '../src/lib/content/prose-figures.ts';
import type { DeskInput } from '../src/lib/content/desk.ts';

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
}

/**
 * JSON with every duplicate key reported: `visit` walks the text once; each object keeps the keys
 * seen so far.
 */
export function readJson(file: string, text: string): { value?: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
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
function readDataDir<S extends z.ZodType<{ id: string }>>(root: string, dir: string, schema: S, problems: Problem[]): z.output<S>[] {
  if (!existsSync(join(root, dir))) return [];
  const out: z.output<S>[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = `${dir}/${name}`;
    const data = readDataFile(root, file, schema, problems);
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
        // Astro would keep one of the two and only warn; the twins could then use different files.
        if (seen.has(id)) {
          problems.push({ file, field: '(file)', message: `has the same id "${id}" as ${seen.get(id)}: keep one file per entry` });
          continue;
        }
        seen.set(id, file);
        found.add(`${collection}/${lang}/${id}`);
        const text = readFileSync(join(dir, name), 'utf8');
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
  const organizations = readDataFile(root, dataSchemas.organizations.file, dataSchemas.organizations.schema, problems) ?? [];
  const emissionFactors = readDataFile(root, dataSchemas.emissionFactors.file, dataSchemas.emissionFactors.schema, problems);
  const metrics = readDataDir(root, dataSchemas.metrics.dir, dataSchemas.metrics.schema, problems);
  const subsidyRules = readDataDir(root, dataSchemas.subsidyRules.dir, dataSchemas.subsidyRules.schema, problems);
  const relatedProgrammes = readDataDir(root, dataSchemas.relatedProgrammes.dir, dataSchemas.relatedProgrammes.schema, problems);
  for (const e of entries) found.delete(`${e.collection}/${e.lang}/${e.id}`);
  return { entries, organizations, emissionFactors, metrics, subsidyRules, relatedProgrammes, problems, rejected: found };
}

/**
 * Every route the build makes, from the files in src/pages: `[id]` in a folder named after a
 * collection (or `metrics`, `data`) stands for each of its ids; `[...lang]` for `` and `/en`.
 * Used to check links written in content before anything is built.
 */
export function sitePages(site: LoadedSite, root: string = process.cwd()): Set<string> {
  const ids = new Map<string, Set<string>>();
  for (const e of site.entries) ids.set(e.collection, (ids.get(e.collection) ?? new Set()).add(e.id));
  ids.set('metrics', new Set(site.metrics.map((m) => m.id)));
  ids.set('data', new Set([...site.metrics.map((m) => m.id), 'emission-factors']));
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
  return [
    ...site.problems,
    ...checkUniqueIds(site.organizations, dataSchemas.organizations.file),
    ...checkIntegrity(site.entries, known, site.rejected),
    ...checkMetricPoints(site.entries, points, known.metrics),
    ...checkBodies(site.entries, sitePages(site, root)),
    ...checkJapaneseNamesNoted(site.entries),
    ...checkNewsDates(site.entries),
    ...(site.emissionFactors ? checkFactors(site.emissionFactors) : []),
    ...checkMetricDates(site.metrics, today),
    ...checkSubsidyRounds(site.subsidyRules, dataSchemas.subsidyRules.dir),
    ...checkSubsidyRounds(site.relatedProgrammes, dataSchemas.relatedProgrammes.dir),
    ...checkRoundReferences(site.subsidyRules, site.relatedProgrammes, known.organizations),
    ...checkHandWrittenFigures(site.entries, site.metrics),
    ...proseProblems(site),
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
/** Something due for a check: the file, and why (the build prints them as `due for a check: <file>: <why>`). */
export interface ReviewItem {
  file: string;
  why: string;
}

export function reviewItems(site: LoadedSite, today: string): ReviewItem[] {
  const items: ReviewItem[] = site.metrics
    .filter((m) => isStale(m, today))
    .map((m) => ({ file: `data/metrics/${m.id}.json`, why: `as of ${m.asOf}, older than its review interval of ${m.reviewEveryMonths} months` }));
  const stale = new Date(Date.parse(`${today}T00:00:00Z`) - 180 * 86_400_000).toISOString().slice(0, 10);
  for (const [dir, rounds] of [[dataSchemas.subsidyRules.dir, site.subsidyRules], [dataSchemas.relatedProgrammes.dir, site.relatedProgrammes]] as const) {
    for (const r of rounds) {
      if (r.validUntil < today) items.push({ file: `${dir}/${r.id}.json`, why: `rules valid until ${r.validUntil}, which has passed` });
      if (r.lastChecked < stale) items.push({ file: `${dir}/${r.id}.json`, why: `last checked on ${r.lastChecked}, more than 180 days ago` });
    }
  }
  return items;
}

/** The same items as the lines the build prints (the desk at /admin/desk/ lists `reviewItems`). */
export function reviewNotes(site: LoadedSite, today: string): string[] {
  return reviewItems(site, today).map((i) => `${i.file}: ${i.why}`);
}

/**
 * What the desk (/admin/desk/, src/lib/content/desk.ts) is shaped from: the same load and the same
 * review items as the build, and each entry's page path among the pages the build makes.
 */
export function deskInput(site: LoadedSite, today: string, root: string = process.cwd()): DeskInput {
  const pages = sitePages(site, root);
  const pathOf = (collection: string, id: string) => {
    const candidates = collection === 'pages' ? [id === 'index' ? '/' : `/${id}/`, `/${id.replace(/-/g, '/')}/`] : [`/${collection}/${id}/`];
    return candidates.find((p) => pages.has(p));
  };
  const dataFiles = [
    ...site.metrics.map((m) => ({ file: `${dataSchemas.metrics.dir}/${m.id}.json`, title: m.title.ja, updated: m.updated })),
    ...site.subsidyRules.map((r) => ({ file: `${dataSchemas.subsidyRules.dir}/${r.id}.json`, title: r.programme.ja, updated: r.lastChecked })),
    ...site.relatedProgrammes.map((r) => ({ file: `${dataSchemas.relatedProgrammes.dir}/${r.id}.json`, title: r.programme.ja, updated: r.lastChecked })),
  ];
  return { entries: site.entries, dataFiles, due: reviewItems(site, today), today, pathOf };
}
