/**
 * The editors' desk (/admin/desk/): what needs a person's attention this week, shaped from the one
 * validated load (src/lib/content/check/site.ts) so that it says exactly what the build says.
 * - due: the items the build prints as `due for a check: <file>: <why>` (passed in as computed there);
 * - behind: English pages whose Japanese twin changed after they were brought in line
 *   (src/lib/content/translation.ts), with the code to record once fixed; `unrecorded` counts the
 *   English files that record nothing yet;
 * - facts: per page, whether it rests on a single source, and how many of its facts are marked
 *   secondary or unverified (any `reliability` in the entry's data, its sources included);
 * - oldUnknowns: pages that say something was not found in the sources, checked more than a year ago;
 * - recent: the entries and data files checked most recently (`updated`), newest first.
 */
import { translationState } from './translation';

interface DeskEntry {
  collection: string;
  file: string;
  lang: 'ja' | 'en';
  id: string;
  data: { title?: unknown; sources?: unknown; updated?: unknown; translatedFrom?: unknown };
  text: string;
}

export interface DeskInput {
  entries: DeskEntry[];
  /** Language-neutral data files with their `updated` date (datasets, subsidy rounds …). */
  dataFiles: Array<{ file: string; title: string; updated: string }>;
  due: Array<{ file: string; why: string }>;
  today: string;
  /** The site path of an entry (Japanese), or undefined when it has no page of its own. */
  pathOf: (collection: string, id: string) => string | undefined;
}

export interface DeskRow {
  file: string;
  title: string;
  /** Japanese path of the page, when it has one. */
  path?: string;
}

export interface DeskReport {
  due: Array<{ file: string; why: string }>;
  behind: Array<DeskRow & { japaneseFile: string; code: string }>;
  /** English pages recording no Japanese version, with the Japanese page's code now (to record once checked). */
  unrecorded: Array<DeskRow & { code: string }>;
  facts: Array<DeskRow & { singleSource: boolean; secondary: number; unverified: number }>;
  oldUnknowns: Array<DeskRow & { checked: string }>;
  recent: Array<DeskRow & { updated: string }>;
}

/** Every `reliability` value anywhere in the data. */
function reliabilities(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) reliabilities(v, found);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reliability' && typeof v === 'string') found.push(v);
      else reliabilities(v, found);
    }
  }
  return found;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Check dates of "not found" statements: （2025年11月確認） / (checked November 2025), as YYYY-MM. */
export function unknownCheckDates(text: string): string[] {
  const ja = [...text.matchAll(/(\d{4})年(\d{1,2})月確認/g)].map((m) => `${m[1]}-${(m[2] ?? '').padStart(2, '0')}`);
  const en = [...text.matchAll(/checked (\w+) (\d{4})/gi)]
    .map((m) => ({ month: months.indexOf((m[1] ?? '').toLowerCase()), year: m[2] }))
    .filter((d) => d.month >= 0)
    .map((d) => `${d.year}-${String(d.month + 1).padStart(2, '0')}`);
  return [...ja, ...en];
}

const title = (e: DeskEntry) => (typeof e.data.title === 'string' ? e.data.title : e.id);

export function deskReport(input: DeskInput): DeskReport {
  const ja = new Map(input.entries.filter((e) => e.lang === 'ja').map((e) => [`${e.collection}/${e.id}`, e]));
  const row = (e: DeskEntry): DeskRow => {
    const path = input.pathOf(e.collection, e.id);
    return { file: e.file, title: title(e), ...(path ? { path: e.lang === 'en' ? `/en${path}` : path } : {}) };
  };
  const behind: DeskReport['behind'] = [];
  const unrecorded: DeskReport['unrecorded'] = [];
  for (const en of input.entries.filter((e) => e.lang === 'en')) {
    const twin = ja.get(`${en.collection}/${en.id}`);
    if (!twin) continue;
    const recorded = typeof en.data.translatedFrom === 'string' ? en.data.translatedFrom : undefined;
    const state = translationState(twin.text, recorded);
    if (state.state === 'behind') behind.push({ ...row(en), japaneseFile: twin.file, code: state.code });
    if (state.state === 'unrecorded') unrecorded.push({ ...row(en), code: state.code });
  }

  const facts = [...ja.values()]
    .map((e) => {
      const marks = reliabilities(e.data);
      const sources = Array.isArray(e.data.sources) ? e.data.sources.length : 0;
      return { ...row(e), singleSource: sources === 1, secondary: marks.filter((m) => m === 'secondary').length, unverified: marks.filter((m) => m === 'unverified').length };
    })
    .filter((f) => f.singleSource || f.secondary > 0 || f.unverified > 0)
    .sort((a, b) => b.unverified + b.secondary - (a.unverified + a.secondary) || a.file.localeCompare(b.file));

  const yearAgo = `${Number(input.today.slice(0, 4)) - 1}-${input.today.slice(5, 7)}`;
  const oldUnknowns = input.entries
    .map((e) => ({ e, oldest: unknownCheckDates(e.text).sort()[0] }))
    .flatMap(({ e, oldest }) => (oldest !== undefined && oldest < yearAgo ? [{ ...row(e), checked: oldest }] : []));

  const recent = [
    ...input.entries.map((e) => ({ ...row(e), updated: String(e.data.updated ?? '') })),
    ...input.dataFiles.map((d) => ({ file: d.file, title: d.title, updated: d.updated })),
  ]
    .filter((r) => r.updated !== '')
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.file.localeCompare(b.file))
    .slice(0, 20);

  return { due: input.due, behind, unrecorded, facts, oldUnknowns, recent };
}
