/**
 * The content check: every problem of the site's content and data (schemas first, through the
 * loader in load.ts, then the rules across files in this folder), and what is due for a review.
 * scripts/check-content.ts is only its command line; the content tests call the same functions.
 * A new rule is a module of this folder, added to `siteProblems`.
 */
import type { DeskInput } from '../desk';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataSchemas } from '../../../schemas';
import { stillToFill } from '../../site/operator-rules';
import { isDueForCheck, nextCheck } from '../../metrics/checks';
import type { Problem } from './entry';
import { checkIntegrity, checkMetricPoints, checkUniqueIds, pointKey } from './integrity';
import { checkBodies, checkJapaneseNamesNoted, checkNewsDates } from './bodies';
import { checkFactors, checkHandWrittenFigures, checkMetricDates, checkRoundReferences, checkSubsidyRounds } from './data-rules';
import { declaredFieldProblems } from './fields';
import { proseFigureProblems, type DatasetPoint } from './prose-figures';
import type { LoadedSite } from './load';
import { checkSourceRegistry } from './sources';
import { checkEnglishNames, checkEnglishNamesInData, type NameEntry } from './names';
import { checkAsOfCoversPoints, checkDatesNotFuture, type DatedFile } from './dates-not-future';
import { checkMarkup } from './markup';
import { checkLanguage } from './language';
import { checkBodyAddresses } from './addresses';
import { checkGlossaryUnique, checkNewsUnique } from './uniqueness';
import { checkFigureProps } from './figures-in-prose';
import { checkTwinDates } from './prose-dates';

export { loadSite, type LoadedSite } from './load';
export { checkFailedReport, formatProblems, type Problem } from './entry';
export { todayInJapan } from '../../dates';

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
    const [collection = '', , id = ''] = key.split('/'); // rejected keys are <collection>/<lang>/<id>
    ids.set(collection, (ids.get(collection) ?? new Set()).add(id));
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

/** Every id counts as present: stands in for a list that failed its own check and could not be read. */
class AnyId extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/** Every problem of the site's content and data: schemas first, then the rules across files. */
export function siteProblems(site: LoadedSite, today: string, root: string = process.cwd()): Problem[] {
  const points = new Set(site.metrics.flatMap((m) => m.points.map((p) => pointKey(m.id, p.x, p.series))));
  const known = {
    organizations: new Set(site.organizations.map((o) => o.id)),
    'subsidy-rules': new Set(site.subsidyRules.map((r) => r.id)),
    metrics: new Set(site.metrics.map((m) => m.id)),
  };
  // What refers to a file that exists but failed its own check is not blamed as well; when the list
  // of organizations could not be read, no reference to an organization is judged against it.
  const present = {
    organizations: site.organizationsRead ? known.organizations : new AnyId(),
    'subsidy-rules': new Set([...known['subsidy-rules'], ...site.rejectedData['subsidy-rules']]),
    metrics: new Set([...known.metrics, ...site.rejectedData.metrics]),
  };
  return [
    ...site.problems,
    ...declaredFieldProblems(),
    ...checkSourceRegistry(site.sources, dataSchemas.sources.file),
    ...checkEnglishNames(site.entries, nameRegistry(site)),
    ...checkEnglishNamesInData(englishDataFiles(site), nameRegistry(site)),
    ...checkNameSources(site),
    ...checkUniqueIds(site.organizations, dataSchemas.organizations.file),
    ...checkIntegrity(site.entries, present, site.rejected),
    ...checkMetricPoints(site.entries, points, known.metrics),
    ...checkBodies(site.entries, sitePages(site, root)),
    ...checkJapaneseNamesNoted(site.entries),
    ...checkNewsDates(site.entries),
    ...(site.emissionFactors ? checkFactors(site.emissionFactors) : []),
    ...checkMetricDates(site.metrics, today),
    ...checkSubsidyRounds(site.subsidyRules, dataSchemas['subsidy-rules'].dir),
    ...checkSubsidyRounds(site.relatedProgrammes, dataSchemas['related-programmes'].dir),
    ...checkRoundReferences(site.subsidyRules, site.relatedProgrammes, present.organizations, site.rejectedData['subsidy-rules'].size === 0),
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
function datedFiles(site: LoadedSite): DatedFile[] {
  return [
    ...site.entries.map((e) => ({ file: e.file, collection: e.collection, twins: `${e.collection}/${e.id}`, data: e.data })),
    ...site.metrics.map((m) => ({ file: `${dataSchemas.metrics.dir}/${m.id}.json`, data: m })),
    ...site.subsidyRules.map((r) => ({ file: `${dataSchemas['subsidy-rules'].dir}/${r.id}.json`, data: r })),
    ...site.relatedProgrammes.map((r) => ({ file: `${dataSchemas['related-programmes'].dir}/${r.id}.json`, data: r })),
    ...(site.emissionFactors ? [{ file: dataSchemas['emission-factors'].file, data: site.emissionFactors }] : []),
  ];
}

/** Every name the registries hold: organizations (organizations.json) and people and places (data/names.json). */
function nameRegistry(site: LoadedSite): NameEntry[] {
  return [...site.organizations.map((o) => ({ ja: o.name.ja, en: o.name.en, notEnglish: o.notEnglish })), ...site.names];
}

/** The data files whose `en` strings a reader sees, as loaded. */
function englishDataFiles(site: LoadedSite): Array<{ file: string; data: unknown }> {
  return [
    ...(site.emissionFactors ? [{ file: dataSchemas['emission-factors'].file, data: site.emissionFactors }] : []),
    ...site.metrics.map((m) => ({ file: `${dataSchemas.metrics.dir}/${m.id}.json`, data: m })),
    ...site.subsidyRules.map((r) => ({ file: `${dataSchemas['subsidy-rules'].dir}/${r.id}.json`, data: r })),
    ...site.relatedProgrammes.map((r) => ({ file: `${dataSchemas['related-programmes'].dir}/${r.id}.json`, data: r })),
  ];
}

/** The name registries' `enSource` ids are sources of data/sources.json. */
function checkNameSources(site: LoadedSite): Problem[] {
  // A registry that failed its own check is reported once, naming data/sources.json; its citations are not blamed again.
  if (site.sources.length === 0) return [];
  const known = new Set(site.sources.map((s) => s.id));
  const cite = (file: string, list: Array<{ enSource?: string }>) =>
    list.flatMap((n, i) => (n.enSource && !known.has(n.enSource) ? [{ file, field: `[${i}].enSource`, message: `cites "${n.enSource}", which is not a source in data/sources.json` }] : []));
  return [...cite(dataSchemas.organizations.file, site.organizations), ...cite(dataSchemas.names.file, site.names)];
}

/** Numbers typed in prose that a dataset holds, and twins that state different numbers (file and line). */
function proseProblems(site: LoadedSite): Problem[] {
  const points: DatasetPoint[] = site.metrics.flatMap((m) => m.points.map((p) => ({ metric: m.id, x: p.x, series: p.series, value: p.value, unit: m.unit, title: m.title, proseUnits: m.proseUnits })));
  return proseFigureProblems(site.entries, points).map((p) => ({ file: p.file, field: `(line ${p.line})`, message: p.message }));
}


/** Something due for a check: the file, and why (the build prints them as `due for a check: <file>: <why>`). */
export interface ReviewItem {
  file: string;
  why: string;
}

/**
 * What is really due for a check (printed by the content check as one block of
 * `due for a check: <file>: <why>` lines, the format the editors' desk reads; never a build warning).
 * A dataset is due when nobody has looked for newer figures within its review interval, however old
 * its figures are; a subsidy round when nobody has looked for 180 days, or when its rules have
 * expired and nobody has looked since (for a newer round).
 */
export function reviewItems(site: LoadedSite, today: string): ReviewItem[] {
  const items: ReviewItem[] = site.metrics
    .filter((m) => isDueForCheck(m, today))
    .map((m) => ({ file: `data/metrics/${m.id}.json`, why: `last checked on ${m.lastChecked.date}, next check was due by ${nextCheck(m)} (every ${m.reviewEveryMonths} months)` }));
  const stale = new Date(Date.parse(`${today}T00:00:00Z`) - 180 * 86_400_000).toISOString().slice(0, 10);
  for (const [dir, rounds] of [[dataSchemas['subsidy-rules'].dir, site.subsidyRules], [dataSchemas['related-programmes'].dir, site.relatedProgrammes]] as const) {
    for (const r of rounds) {
      const checked = r.lastChecked.date;
      if (checked < stale) items.push({ file: `${dir}/${r.id}.json`, why: `last checked on ${checked}, more than 180 days ago` });
      else if (r.validUntil < today && checked <= r.validUntil) items.push({ file: `${dir}/${r.id}.json`, why: `rules valid until ${r.validUntil}, which has passed, and nobody has looked for a newer round since` });
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
    ...site.metrics.map((m) => ({ file: `${dataSchemas.metrics.dir}/${m.id}.json`, title: m.title.ja, updated: m.lastChecked.date })),
    ...site.subsidyRules.map((r) => ({ file: `${dataSchemas['subsidy-rules'].dir}/${r.id}.json`, title: r.programme.ja, updated: r.lastChecked.date })),
    ...site.relatedProgrammes.map((r) => ({ file: `${dataSchemas['related-programmes'].dir}/${r.id}.json`, title: r.programme.ja, updated: r.lastChecked.date })),
  ];
  return { entries: site.entries, dataFiles, due: reviewItems(site, today), today, pathOf };
}

/**
 * First-party facts still "not found" (data/operator.json), printed by the content check in
 * independent mode: the list the secretariat works through before switching to official mode, where
 * each of them fails the check instead.
 */
export function toFillNotes(site: LoadedSite): string[] {
  return site.operator?.mode === 'independent' ? stillToFill(site.operator) : [];
}
