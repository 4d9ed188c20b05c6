/**
 * The one validated load path for everything an editor touches: every entry of content/ and every
 * file of data/, each parsed once and validated with its schema from src/schemas/index.ts (the map
 * that src/content.config.ts gives Astro too). Frontmatter is read with Astro's own YAML parser
 * (js-yaml) but without YAML timestamps: with them, an unquoted 2026-13-40 becomes 9 February 2027
 * before any schema sees it, so a mistyped date would pass; as text, it is checked as written.
 * JSON is read with a parser that reports duplicate keys (JSON.parse would silently keep the last one).
 * Returns typed data and one problem per mistake, naming the file, the field and the value.
 * Shared by the content check (site.ts, run by scripts/check-content.ts) and the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { bilingualSchemas, dataSchemas, type BilingualCollection } from '../../../schemas';
import type { Organization } from '../../../schemas/organizations';
import type { EmissionFactors } from '../../../schemas/emission-factors';
import type { Metric } from '../../../schemas/metrics';
import type { SubsidyRules } from '../../../schemas/subsidy-rules';
import type { RelatedProgramme } from '../../../schemas/related-programme';
import type { RegisteredSource } from '../../../schemas/sources';
import type { Name } from '../../../schemas/names';
import type { Operator } from '../../../schemas/operator';
import { formatProblems, type CheckedEntry, type Problem } from './entry';
import { byId, newestRoundFirst } from '../ids';
import { checkData, idProblems, readJson, withoutBom } from './data-files';
import { entryId } from '../../../schemas/shared';

export interface LoadedSite {
  /** The source registry, data/sources.json. */
  sources: RegisteredSource[];
  /** People and places, data/names.json. */
  names: Name[];
  entries: CheckedEntry[];
  organizations: Organization[];
  emissionFactors?: EmissionFactors;
  metrics: Metric[];
  subsidyRules: SubsidyRules[];
  relatedProgrammes: RelatedProgramme[];
  /** Who runs the site (data/operator.json). */
  operator?: Operator;
  /** Files that could not be read or do not match their schema. */
  problems: Problem[];
  /** The entries (`collection/lang/id`) among those files: present, but not in `entries`. */
  rejected: Set<string>;
  /** Ids of data files present but refused, by folder. */
  rejectedData: Record<'metrics' | 'subsidy-rules' | 'related-programmes', Set<string>>;
  /** False when content/organizations/organizations.json failed its own check. */
  organizationsRead: boolean;
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
  const entries: CheckedEntry[] = [];
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
        const id = match[1] ?? ''; // (.+) always takes part
        const file = `content/${collection}/${lang}/${name}`;
        // The file name is the id and the address: /case-studies/GX Day Offset/ is not one.
        if (!entryId.safeParse(id).success) {
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
        const entry = { collection, file, lang, id, data, body, text };
        entries.push(entry as CheckedEntry); // data passed the schema of its collection, which TypeScript cannot tie to it
      }
    }
  }
  const rejectedData: LoadedSite['rejectedData'] = { metrics: new Set(), 'subsidy-rules': new Set(), 'related-programmes': new Set() };
  const { organizationsRead, ...data } = readData(root, problems, rejectedData);
  for (const e of entries) found.delete(`${e.collection}/${e.lang}/${e.id}`);
  const operator = readDataFile(root, dataSchemas.operator.file, dataSchemas.operator.schema, problems);
  return { entries, ...data, operator, problems, rejected: found, rejectedData, organizationsRead };
}

/** The language-neutral data alone, in the order the site's queries give it. */
export type LoadedData = Pick<LoadedSite, 'sources' | 'names' | 'organizations' | 'emissionFactors' | 'metrics' | 'subsidyRules' | 'relatedProgrammes'>;

function readData(root: string, problems: Problem[], rejected: LoadedSite['rejectedData']): LoadedData & { organizationsRead: boolean } {
  const organizations = readDataFile(root, dataSchemas.organizations.file, dataSchemas.organizations.schema, problems);
  return {
    sources: readDataFile(root, dataSchemas.sources.file, dataSchemas.sources.schema, problems) ?? [],
    names: readDataFile(root, dataSchemas.names.file, dataSchemas.names.schema, problems) ?? [],
    organizations: organizations ?? [],
    organizationsRead: organizations !== undefined,
    emissionFactors: readDataFile(root, dataSchemas['emission-factors'].file, dataSchemas['emission-factors'].schema, problems),
    metrics: readDataDir(root, dataSchemas.metrics.dir, dataSchemas.metrics.schema, problems, rejected.metrics).sort(byId),
    subsidyRules: readDataDir(root, dataSchemas['subsidy-rules'].dir, dataSchemas['subsidy-rules'].schema, problems, rejected['subsidy-rules']).sort(newestRoundFirst),
    relatedProgrammes: readDataDir(root, dataSchemas['related-programmes'].dir, dataSchemas['related-programmes'].schema, problems, rejected['related-programmes']).sort(newestRoundFirst),
  };
}

/**
 * The data of data/ (and the organizations) for code that runs outside Astro, such as unit tests:
 * the same files, schemas and order as the site's queries; throws on the first problem, naming
 * file, field and value (the content check reports them all).
 */
export function loadData(root: string = process.cwd()): Required<LoadedData> {
  const problems: Problem[] = [];
  const d = readData(root, problems, { metrics: new Set(), 'subsidy-rules': new Set(), 'related-programmes': new Set() });
  if (problems.length > 0 || !d.emissionFactors) throw new Error(`Data check failed:\n${formatProblems(problems)}`);
  return { sources: d.sources, names: d.names, organizations: d.organizations, emissionFactors: d.emissionFactors, metrics: d.metrics, subsidyRules: d.subsidyRules, relatedProgrammes: d.relatedProgrammes };
}
