/**
 * Content integrity rules that Zod schemas cannot express on one file alone:
 * - every Japanese entry has an English twin with the same id, and back;
 * - every reference to another entry (organization, project, working group …) resolves;
 * - the language-neutral facts of twins (dates, numbers, ids, stages) are identical, so that the
 *   Japanese and English pages can never state different figures.
 * Pure: it receives parsed entries and returns problems, each naming the file and the field.
 * `scripts/check-content.ts` runs it before every build; test/unit covers the rules.
 */

export interface ContentEntry {
  collection: string;
  /** Path of the file, relative to the project root. */
  file: string;
  lang: 'ja' | 'en';
  /** Language-neutral id: the file name without extension. */
  id: string;
  /** The validated frontmatter (any object: the rules read fields by name). */
  data: object;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

type Data = Record<string, unknown>;
type Getter = (data: Data) => Array<[field: string, value: unknown]>;

/** The value at `key` of an object, or undefined. */
const at = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Data)[key] : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const one = (name: string): Getter => (d) => (d[name] === undefined ? [] : [[name, d[name]]]);
const many = (name: string): Getter => (d) => list(d[name]).map((v, i): [string, unknown] => [`${name}[${i}]`, v]);
const nested = (name: string, keys: string[]): Getter => (d) =>
  list(d[name]).flatMap((item, i) => keys.map((k): [string, unknown] => [`${name}[${i}].${k}`, k.split('.').reduce(at, item)]));

/** Key figures taken from a metric dataset (data/metrics/<id>.json) refer to it by `metric`. */
const figureMetrics: Getter = (d) => nested('keyFigures', ['metric'])(d).filter(([, v]) => v !== undefined);
const keyFigureFacts = nested('keyFigures', ['metric', 'x', 'series', 'value', 'bound', 'asOf', 'reliability', 'source.id']);

/** Fields that refer to other collections, per collection. */
export const references: Record<string, Array<{ target: string; get: Getter }>> = {
  projects: [
    { target: 'organizations', get: one('lead') },
    { target: 'organizations', get: many('partners') },
    { target: 'working-groups', get: one('workingGroup') },
    { target: 'metrics', get: figureMetrics },
  ],
  'working-groups': [{ target: 'projects', get: many('relatedProjects') }],
  'case-studies': [
    { target: 'organizations', get: many('organizations') },
    { target: 'support', get: many('relatedSupport') },
    { target: 'subsidies', get: many('relatedSubsidies') },
    { target: 'projects', get: many('relatedProjects') },
  ],
  support: [
    { target: 'organizations', get: many('providers') },
    { target: 'metrics', get: figureMetrics },
  ],
  glossary: [{ target: 'glossary', get: many('related') }],
  // Key figures taken from a metric dataset (data/metrics/<id>.json).
  pages: [{ target: 'metrics', get: figureMetrics }],
};

/** Language-neutral facts that must be identical in the Japanese and English twin. */
export const neutralFields: Record<string, Getter[]> = {
  projects: [
    one('stage'), one('lead'), one('partners'), one('startDate'), one('reliability'), one('workingGroup'),
    keyFigureFacts,
    nested('timeline', ['date', 'reliability', 'source.id']),
  ],
  'working-groups': [one('status'), one('reliability'), one('relatedProjects'), nested('activities', ['date', 'source.id'])],
  curriculum: [one('sinceFiscalYear'), one('reliability'), (d) => [['sessions.length', list(d.sessions).length]]],
  'case-studies': [one('organizations'), one('date'), one('relatedSupport'), one('relatedSubsidies'), one('relatedProjects')],
  support: [one('providers'), one('since'), keyFigureFacts],
  glossary: [one('related')],
  news: [one('date'), one('category'), one('reliability'), (d) => [['event', d.event !== undefined]]],
  pages: [keyFigureFacts],
};

/** Collections whose every entry needs a data file of the same id (collection → key in `known`). */
export const companions: Record<string, { known: string; path: (id: string) => string }> = {
  subsidies: { known: 'subsidy-rules', path: (id) => `data/subsidies/${id}.json` },
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks bilingual entries against each other and against the ids that exist.
 * `known` maps a collection name to the ids it holds (for language-neutral collections such as
 * organizations, which have no twins). `rejected` holds the entries (`collection/lang/id`) whose
 * file exists but failed its own check: their twins are not told they have none.
 */
export function checkIntegrity(entries: ContentEntry[], known: Record<string, Set<string>> = {}, rejected: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const ids: Record<string, Set<string>> = { ...known };
  const byKey = new Map<string, ContentEntry>();
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
      for (const get of neutralFields[e.collection] ?? []) {
        const mine = get(e.data as Data);
        const theirs = new Map(get(twin.data as Data));
        for (const [field, value] of mine) {
          if (!same(value, theirs.get(field))) {
            problems.push({
              file: twin.file,
              field,
              message: `differs from its Japanese twin ${e.file}: ${JSON.stringify(theirs.get(field))} vs ${JSON.stringify(value)}`,
            });
          }
        }
      }
    }
    const companion = companions[e.collection];
    if (companion && e.lang === 'ja' && !known[companion.known]?.has(e.id)) {
      problems.push({ file: e.file, field: '(file)', message: `has no rules file: expected ${companion.path(e.id)}` });
    }
    for (const { target, get } of references[e.collection] ?? []) {
      for (const [field, value] of get(e.data as Data)) {
        if (typeof value !== 'string' || !ids[target]?.has(value)) {
          problems.push({ file: e.file, field, message: `refers to "${String(value)}", which is not an entry of ${target}` });
        }
      }
    }
  }
  return problems;
}

/** One line per problem, as printed by the build. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: field "${p.field}" ${p.message}`).join('\n');
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
export function checkMetricPoints(entries: ContentEntry[], points: Set<string>, metrics: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    list(at(e.data, 'keyFigures')).forEach((f, i) => {
      const [metric, x, series] = [at(f, 'metric'), at(f, 'x'), at(f, 'series')];
      if (typeof metric !== 'string' || !metrics.has(metric)) return;
      if (!points.has(pointKey(metric, String(x), typeof series === 'string' ? series : undefined))) {
        const inSeries = series === undefined ? '' : ` and series "${String(series)}"`;
        problems.push({ file: e.file, field: `keyFigures[${i}].x`, message: `refers to a point "${String(x)}"${inSeries} that data/metrics/${metric}.json does not have` });
      }
    });
  }
  return problems;
}
