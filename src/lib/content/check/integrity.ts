/**
 * Content integrity rules that Zod schemas cannot express on one file alone:
 * - every Japanese entry has an English twin with the same id, and back;
 * - every reference to another entry (organization, project, working group, dataset …) resolves;
 * - the language-neutral facts of twins (dates, numbers, ids, stages) are identical, so that the
 *   Japanese and English pages can never state different figures.
 * Which fields refer and which are language-neutral is declared, typed by the schemas, in fields.ts.
 * Pure: it receives checked entries and returns problems, each naming the file and the field.
 */
import type { BilingualCollection } from '../../../schemas';
import type { EntryParts, Problem } from './entry';
import { companions, references, twins, type Target, type TwinMap } from './fields';

type Value = [field: string, value: unknown];

/** The value at `key` of an object, or undefined. */
const at = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const fieldsOf = <M extends object>(map: M, collection: BilingualCollection): Array<[string, unknown]> => Object.entries(at(map, collection) ?? {});

/** The ids a reference field holds: an id, a list of ids, or key figures (each through its `metric`). */
function referred(data: object, field: string): Value[] {
  const value = at(data, field);
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [[field, value]];
  if (field === 'keyFigures') return value.flatMap((f, i): Value[] => (at(f, 'metric') === undefined ? [] : [[`${field}[${i}].metric`, at(f, 'metric')]]));
  return value.map((v, i): Value => [`${field}[${i}]`, v]);
}

/** The language-neutral facts of an entry, as (field, value) pairs, per its collection's twin fields. */
function neutralFacts(e: EntryParts<'collection' | 'data'>): Value[] {
  const facts: Value[] = [];
  for (const [field, how] of fieldsOf<TwinMap>(twins, e.collection)) {
    const value = at(e.data, field);
    if (how === true) {
      if (value !== undefined) facts.push([field, value]);
    } else if (how === 'length') facts.push([`${field}.length`, list(value).length]);
    else if (how === 'present') facts.push([field, value !== undefined]);
    else for (const [i, item] of list(value).entries()) for (const path of list(how)) facts.push([`${field}[${i}].${String(path)}`, String(path).split('.').reduce(at, item)]);
  }
  return facts;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks bilingual entries against each other and against the ids that exist.
 * `known` maps a language-neutral target (organizations, metrics, subsidy rules) to the ids it
 * holds. `rejected` holds the entries (`collection/lang/id`) whose file exists but failed its own
 * check: their twins are not told they have none.
 */
export function checkIntegrity(entries: EntryParts<'collection' | 'file' | 'lang' | 'id' | 'data'>[], known: Partial<Record<Target, Set<string>>> = {}, rejected: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const ids: Partial<Record<Target, Set<string>>> = { ...known };
  const byKey = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    (ids[e.collection] ??= new Set()).add(e.id);
    byKey.set(`${e.collection}/${e.lang}/${e.id}`, e);
  }

  for (const e of entries) {
    const otherLang = e.lang === 'ja' ? 'en' : 'ja';
    const twinKey = `${e.collection}/${otherLang}/${e.id}`;
    const twin = byKey.get(twinKey);
    if (!twin && rejected.has(twinKey)) continue;
    if (!twin) {
      problems.push({
        file: e.file,
        field: '(file)',
        message: `has no ${otherLang === 'en' ? 'English' : 'Japanese'} twin: expected content/${e.collection}/${otherLang}/${e.id}.md or .mdx`,
      });
    } else if (e.lang === 'ja') {
      const theirs = new Map(neutralFacts(twin));
      for (const [field, value] of neutralFacts(e)) {
        if (!same(value, theirs.get(field))) {
          problems.push({ file: twin.file, field, message: `differs from its Japanese twin ${e.file}: ${JSON.stringify(theirs.get(field))} vs ${JSON.stringify(value)}` });
        }
      }
    }
    const companion = e.collection === 'subsidies' ? companions.subsidies : undefined;
    if (companion && e.lang === 'ja' && !known[companion.target]?.has(e.id)) {
      problems.push({ file: e.file, field: '(file)', message: `has no rules file: expected ${companion.path(e.id)}` });
    }
    for (const [name, target] of fieldsOf(references, e.collection)) {
      for (const [field, value] of referred(e.data, name)) {
        if (typeof value !== 'string' || !ids[target as Target]?.has(value)) {
          problems.push({ file: e.file, field, message: `refers to "${String(value)}", which is not an entry of ${String(target)}` });
        }
      }
    }
  }
  return problems;
}

/** Ids in a language-neutral data file must be unique; Astro would silently keep only one. */
export function checkUniqueIds(items: Array<{ id?: unknown }>, file: string): Problem[] {
  const seen = new Map<unknown, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({ file, field: `[${i}].id`, message: `repeats the id "${String(item.id)}" of item [${seen.get(item.id)}]` });
    } else seen.set(item.id, i);
  });
  return problems;
}

/** The key of a point in a metric dataset, as key figures refer to it. */
export const pointKey = (metric: string, x: string, series?: string) => `${metric} ${x} ${series ?? ''}`;

/**
 * Key figures that refer to a metric dataset must name a point it has (`points`: every
 * `pointKey` of data/metrics/). Unknown datasets are reported by checkIntegrity's references.
 */
export function checkMetricPoints(entries: EntryParts<'file' | 'data'>[], points: Set<string>, metrics: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const figures = 'keyFigures' in e.data ? e.data.keyFigures : [];
    figures.forEach((f, i) => {
      if (!('metric' in f) || !metrics.has(f.metric)) return;
      if (!points.has(pointKey(f.metric, f.x, f.series))) {
        const inSeries = f.series === undefined ? '' : ` and series "${f.series}"`;
        problems.push({ file: e.file, field: `keyFigures[${i}].x`, message: `refers to a point "${f.x}"${inSeries} that data/metrics/${f.metric}.json does not have` });
      }
    });
  }
  return problems;
}
