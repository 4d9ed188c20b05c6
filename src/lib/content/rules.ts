/**
 * Rules over the validated content and data that no single file's schema can state, each a mistake
 * an editor can plausibly make, each returning problems that name the file, the field and the value:
 * - content bodies run no script of their own and link only to web addresses or to built pages;
 * - a news file's name starts with its date;
 * - every energy the calculators offer has exactly one `calculation` factor, above 0 for fuels
 *   (a missing or zero factor would print 0.000 t-CO2 for any input);
 * - datasets of results have no point after today or after their `updated` day, and `updated` is
 *   not in the future;
 * - one subsidy round per programme and fiscal year; operators and suggested project types exist;
 * - a key figure written out by hand does not restate a dataset point (it must refer to it);
 * - an English page that names a person in Japanese says once that names are given in Japanese.
 * Pure: `today` and the list of pages are passed in. Run by scripts/check-content.ts before each build.
 */
import type { Problem } from './integrity';
import type { EmissionFactors } from '../../schemas/emission-factors';
import type { Metric } from '../../schemas/metrics';
import type { SubsidyRules } from '../../schemas/subsidy-rules';
import type { KeyFigure } from '../../schemas/shared';
import { defaultElectricityFactor, lineSpecs } from '../calculators/co2';

/** What the rules need of an entry (the loader's typed entries fit it). */
export interface BodyEntry {
  collection: string;
  file: string;
  lang: 'ja' | 'en';
  id: string;
  body: string;
  data: object;
}

/** The body with fenced and inline code blanked (same length and lines), where `<script>` is only text. */
export function withoutCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Links in Markdown (`[a](url)`, `<https://…>`) and HTML/JSX (`href="…"`), with their line. */
export function linksIn(body: string): Array<{ url: string; line: number }> {
  const text = withoutCode(body);
  const found: Array<{ url: string; line: number }> = [];
  for (const re of [/\]\(\s*<?([^)\s>]+)/g, /\bhref\s*=\s*["'{]\s*["'`]?([^"'`}\s]+)/g, /<([a-z][a-z0-9+.-]*:[^>\s]+)>/gi]) {
    for (const m of text.matchAll(re)) found.push({ url: m[1]!, line: lineOf(text, m.index) });
  }
  return found;
}

/** The page a site-internal link lands on, as a route (`/en/projects/x/`), or undefined for files. */
export function routeOf(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return path === '' || /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/**
 * Bodies: no `<script>` (it would be published and, before the CSP step learned to skip content,
 * it ran); links only to http(s), mailto, a fragment, or a page the site builds (`pages`: every
 * route, `/` and `/en/…`).
 */
export function checkBodies(entries: BodyEntry[], pages: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const text = withoutCode(e.body);
    for (const m of text.matchAll(/<script\b/gi)) {
      problems.push({ file: e.file, field: `(body, line ${lineOf(text, m.index)})`, message: 'holds a <script>: content may not run scripts; a tool belongs in a component' });
    }
    for (const { url, line } of linksIn(e.body)) {
      const field = `(body, line ${line})`;
      if (/^(https?:\/\/|mailto:|#)/i.test(url)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        problems.push({ file: e.file, field, message: `links to "${url}": only http(s) and mailto links are allowed` });
      } else if (!url.startsWith('/')) {
        problems.push({ file: e.file, field, message: `links to "${url}": write site links from the root, such as /projects/green-lp-gas/` });
      } else if (!pages.has(routeOf(url))) {
        problems.push({ file: e.file, field, message: `links to "${url}", which is not a page of the site` });
      }
    }
  }
  return problems;
}

/** News ids start with the date they report (`2024-05-23-symposium`), so lists and URLs agree. */
export function checkNewsDates(entries: Array<{ collection: string; file: string; id: string; data: object }>): Problem[] {
  return entries.flatMap((e) => {
    if (e.collection !== 'news' || !('date' in e.data) || typeof e.data.date !== 'string') return [];
    const date = e.data.date;
    return e.id.startsWith(`${date}-`) ? [] : [{ file: e.file, field: 'date', message: `is "${date}", but the file name starts with "${e.id.split('-').slice(0, 3).join('-')}": rename the file or fix the date` }];
  });
}

/** Every energy the calculators offer: exactly one `calculation` factor each, above 0 for fuels. */
export function checkFactors(table: EmissionFactors, file = 'data/emission-factors.json'): Problem[] {
  const problems: Problem[] = [];
  const needed = [...new Set([...Object.values(lineSpecs).flatMap((s) => (s.factorId ? [s.factorId] : [])), defaultElectricityFactor])];
  for (const id of needed) {
    const rows = table.factors.map((f, i) => ({ f, i })).filter(({ f }) => f.id === id && f.use === 'calculation');
    if (rows.length !== 1) {
      const other = table.factors.findIndex((f) => f.id === id);
      problems.push({
        file,
        field: other >= 0 ? `factors.${other}.use` : 'factors',
        message: other >= 0 ? `"${id}" is not marked "calculation", but the calculators use it` : `has no factor "${id}", which the calculators use`,
      });
      continue;
    }
    const { f, i } = rows[0]!;
    if (f.kind === 'fuel' && f.factor <= 0) problems.push({ file, field: `factors.${i}.factor`, message: `is ${f.factor} for "${id}": a fuel's factor must be above 0, or every result would be 0.000 t-CO2` });
  }
  return problems;
}

/** First day of a period: `FY2024` → 2024-04-01, `2024` → 2024-01-01, `2024-09` → 2024-09-01. */
export function periodStart(x: string): string {
  const fy = x.match(/^FY(\d{4})$/);
  if (fy) return `${fy[1]}-04-01`;
  return x.length === 4 ? `${x}-01-01` : x.length === 7 ? `${x}-01` : x;
}

/** Results are not in the future, nor after the day they were last checked; `updated` is not in the future. */
export function checkMetricDates(metrics: Metric[], today: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of metrics) {
    const file = `data/metrics/${m.id}.json`;
    // `updated` after today is reported with every other check date (check/dates-not-future.ts).
    if (m.pointsAre === 'targets' || m.xType !== 'period') continue;
    m.points.forEach((p, i) => {
      const start = periodStart(p.x);
      if (start > today) problems.push({ file, field: `points.${i}.x`, message: `"${p.x}" is in the future (today is ${today}); targets belong in a dataset with "pointsAre": "targets"` });
      else if (start > m.updated) problems.push({ file, field: `points.${i}.x`, message: `"${p.x}" is after the day the dataset was checked ("updated": "${m.updated}")` });
    });
  }
  return problems;
}

type Round = Pick<SubsidyRules, 'id' | 'programme' | 'fiscalYear' | 'operator'>;

/** One file per programme and fiscal year in `dir`: two would make the checker and the guide disagree. */
export function checkSubsidyRounds(rounds: Round[], dir = 'data/subsidies'): Problem[] {
  const seen = new Map<string, string>();
  return rounds.flatMap((r) => {
    const key = `${r.programme.ja} ${r.fiscalYear}`;
    const other = seen.get(key);
    seen.set(key, r.id);
    return other ? [{ file: `${dir}/${r.id}.json`, field: 'fiscalYear', message: `${r.fiscalYear} repeats the round of ${dir}/${other}.json for the same programme` }] : [];
  });
}

/**
 * Every round's operator is an organization, and a related programme is suggested only for
 * project types that some consortium round offers (or `other`).
 */
export function checkRoundReferences(rules: SubsidyRules[], related: Array<Round & { suggestFor: string[] }>, organizations: Set<string>): Problem[] {
  const types = new Set(['other', ...rules.flatMap((r) => r.projectTypes.types.map((t) => t.id))]);
  const problems: Problem[] = [];
  for (const [dir, rounds] of [['data/subsidies', rules], ['data/related-programmes', related]] as const) {
    for (const r of rounds) {
      if (!organizations.has(r.operator)) problems.push({ file: `${dir}/${r.id}.json`, field: 'operator', message: `refers to "${r.operator}", which is not an organization in content/organizations/organizations.json` });
    }
  }
  for (const r of related) {
    r.suggestFor.forEach((type, i) => {
      if (!types.has(type)) problems.push({ file: `data/related-programmes/${r.id}.json`, field: `suggestFor.${i}`, message: `"${type}" is not a project type of any round in data/subsidies/` });
    });
  }
  return problems;
}

/** A figure written out by hand may not restate a dataset point: the card would drift from the chart. */
export function checkHandWrittenFigures(entries: Array<{ file: string; lang: 'ja' | 'en'; data: object }>, metrics: Metric[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const figures = 'keyFigures' in e.data && Array.isArray(e.data.keyFigures) ? (e.data.keyFigures as KeyFigure[]) : [];
    figures.forEach((f, i) => {
      if ('metric' in f) return;
      for (const m of metrics) {
        const p = m.points.find((p) => p.x === f.asOf && p.value === f.value && m.unit[e.lang] === f.unit);
        if (p) {
          problems.push({
            file: e.file,
            field: `keyFigures.${i}`,
            message: `restates ${f.value} ${f.unit} (${f.asOf}), a point of data/metrics/${m.id}.json: write { label, metric: ${m.id}, x: "${p.x}"${p.series ? `, series: ${p.series}` : ''} } instead`,
          });
        }
      }
    });
  }
  return problems;
}

/**
 * English pages keep a person's name in Japanese where the sources give no romanised form (issue
 * #12), and then say so once: "Some names on this page are given in Japanese …". A name is found
 * only where English prose frames it as a person, so that Japanese terms (部会, 産学官金) and
 * organizations stay out: right after a title or a verb of agency ("Mayor 北橋健治", "President
 * 道永幸典", "led by 藤元薫"), or right before "of the …/of <Name>" or a title after a comma
 * ("橘川武郎, President of …", "三木田 of the Japan LP Gas Association"). A name with its
 * romanisation first ("Mayor Kazuhisa Takeuchi (武内和久)") is not framed so and passes.
 */
const japanese = '[\\u3005\\u3040-\\u30ff\\u4e00-\\u9fff]';
const personAfterTitle = new RegExp(
  `\\b(?:Mayor|Governor|President|Chairman|Chair|Professor|speaker|researcher|moderator|panell?ists?|led by|by|included)\\s+(${japanese}{1,6})(?!${japanese})`,
  'g',
);
const personBeforeTitle = new RegExp(
  `(?<!${japanese})(${japanese}{1,6}),?\\s(?:of the\\b|of [A-Z]|(?:President|Chairman|Director|Head|head|Managing|senior|Professor|Governor|Mayor)\\b)`,
  'g',
);
/** The one-line note, in any wording that says the page gives names in Japanese. */
export const japaneseNamesNote = /\bnames\b[^.\n]*\bin Japanese\b/i;

/** Names of people written in Japanese in English prose (body and description), with their line. */
export function japanesePersonNames(text: string): Array<{ name: string; line: number }> {
  const prose = withoutCode(text).replace(/「[^」\n]*」/g, (m) => ' '.repeat(m.length));
  // "moderated by 赤木 of the …" is framed both ways: one name, found once.
  const found = new Map<string, { name: string; line: number }>();
  for (const m of [...prose.matchAll(personAfterTitle), ...prose.matchAll(personBeforeTitle)]) {
    const line = lineOf(prose, m.index);
    found.set(`${line} ${m[1]}`, { name: m[1]!, line });
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

export function checkJapaneseNamesNoted(entries: BodyEntry[]): Problem[] {
  return entries.flatMap((e) => {
    if (e.lang !== 'en' || japaneseNamesNote.test(e.body)) return [];
    const description = 'description' in e.data && typeof e.data.description === 'string' ? e.data.description : '';
    const found = [...japanesePersonNames(description).map((n) => ({ ...n, field: 'description' })), ...japanesePersonNames(e.body).map((n) => ({ ...n, field: `(body, line ${n.line})` }))];
    const first = found[0];
    if (!first) return [];
    return [
      {
        file: e.file,
        field: first.field,
        message: `names ${[...new Set(found.map((n) => n.name))].join(', ')} in Japanese: add the line "Some names on this page are given in Japanese because the sources we read give no English form of them." (or give the romanised name where the facts have it, with the Japanese in brackets)`,
      },
    ];
  });
}
