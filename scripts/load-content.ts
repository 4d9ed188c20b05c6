/**
 * Reads every bilingual entry under content/ (frontmatter only) and the organization ids.
 * Shared by scripts/check-content.ts and the content-integrity tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkIntegrity, checkMetricPoints, checkUniqueIds, pointKey, type ContentEntry, type Problem } from '../src/lib/content/integrity.ts';

export interface LoadedContent {
  entries: ContentEntry[];
  organizations: Array<Record<string, unknown> & { id: string }>;
  /** Files that could not be read, one line each naming the file and the field. */
  problems: string[];
}

export function loadContent(root: string = process.cwd()): LoadedContent {
  const contentDir = join(root, 'content');
  const entries: ContentEntry[] = [];
  const problems: string[] = [];
  for (const collection of readdirSync(contentDir)) {
    for (const lang of ['ja', 'en'] as const) {
      const dir = join(contentDir, collection, lang);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        const match = name.match(/^(.+)\.mdx?$/);
        if (!match) continue;
        const file = relative(root, join(dir, name));
        const text = readFileSync(join(dir, name), 'utf8');
        const fm = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
        if (!fm) {
          problems.push(`${file}: field "(frontmatter)" is missing: the file must start with a --- block`);
          continue;
        }
        try {
          entries.push({ collection, file, lang, id: match[1]!, data: parse(fm[1]!) ?? {} });
        } catch (error) {
          problems.push(`${file}: field "(frontmatter)" is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
  }
  const orgFile = join(contentDir, 'organizations', 'organizations.json');
  const organizations = existsSync(orgFile) ? JSON.parse(readFileSync(orgFile, 'utf8')) : [];
  return { entries, organizations, problems };
}

/**
 * Every integrity problem of the content in `root`: twins, references (organizations, subsidy
 * rules files, metric datasets), key figures' dataset points and unique organization ids.
 * Shared by scripts/check-content.ts (before each build) and the content tests.
 */
export function contentProblems(content: LoadedContent, root: string = process.cwd()): Problem[] {
  const jsonIds = (dir: string) => new Set(readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')));
  const metrics = jsonIds('data/metrics');
  const points = new Set<string>();
  for (const id of metrics) {
    // The datasets' own schema is checked by the build; here only their points matter.
    const data = JSON.parse(readFileSync(join(root, 'data/metrics', `${id}.json`), 'utf8')) as { points?: Array<{ x: string; series?: string }> };
    for (const p of data.points ?? []) points.add(pointKey(id, p.x, p.series));
  }
  const organizations = new Set(content.organizations.map((o) => o.id));
  return [
    ...checkUniqueIds(content.organizations, 'content/organizations/organizations.json'),
    ...checkIntegrity(content.entries, { organizations, 'subsidy-rules': jsonIds('data/subsidies'), metrics }),
    ...checkMetricPoints(content.entries, points, metrics),
  ];
}
