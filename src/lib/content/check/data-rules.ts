/**
 * Rules over the validated data/ files that no single file's schema can state, each returning
 * problems that name the file, the field and the value:
 * - every energy the calculators offer has exactly one `calculation` factor, above 0 for fuels
 *   (a missing or zero factor would print 0.000 t-CO2 for any input);
 * - datasets of results have no point after today or after the day they were last checked
 *   (`lastChecked.date`), which is not in the future;
 * - one subsidy round per programme and fiscal year; operators and suggested project types exist;
 * - a key figure written out by hand does not stand for a period a dataset holds in its unit (it must refer to it).
 * Pure: `today` is passed in. Run by the content check (site.ts) before each build.
 */
import { defined } from '../../defined';
import type { EntryParts, Problem } from './entry';
import type { EmissionFactors } from '../../../schemas/emission-factors';
import type { Metric } from '../../../schemas/metrics';
import type { SubsidyRules } from '../../../schemas/subsidy-rules';
import { defaultElectricityFactor, lineSpecs } from '../../calculators/co2';

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
    const { f, i } = defined(rows[0], `the calculation factor "${id}"`);
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

/** Results are not in the future, nor after the day they were last checked. */
export function checkMetricDates(metrics: Metric[], today: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of metrics) {
    const file = `data/metrics/${m.id}.json`;
    // `lastChecked.date` after today is reported with every other check date (dates-not-future.ts).
    const checked = m.lastChecked.date;
    if (m.pointsAre === 'targets' || m.xType !== 'period') continue;
    m.points.forEach((p, i) => {
      const start = periodStart(p.x);
      if (start > today) problems.push({ file, field: `points.${i}.x`, message: `"${p.x}" is in the future (today is ${today}); targets belong in a dataset with "pointsAre": "targets"` });
      else if (start > checked) problems.push({ file, field: `points.${i}.x`, message: `"${p.x}" is after the day the dataset was last checked ("lastChecked.date": "${checked}")` });
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
export function checkRoundReferences(rules: SubsidyRules[], related: Array<Round & { suggestFor: string[] }>, organizations: ReadonlySet<string>, allRoundsRead = true): Problem[] {
  const types = new Set(['other', ...rules.flatMap((r) => r.projectTypes.types.map((t) => t.id))]);
  const problems: Problem[] = [];
  for (const [dir, rounds] of [['data/subsidies', rules], ['data/related-programmes', related]] as const) {
    for (const r of rounds) {
      if (!organizations.has(r.operator)) problems.push({ file: `${dir}/${r.id}.json`, field: 'operator', message: `refers to "${r.operator}", which is not an organization in content/organizations/organizations.json` });
    }
  }
  // A round that failed its own check takes its project types with it: suggestions are not blamed for that.
  if (!allRoundsRead) return problems;
  for (const r of related) {
    r.suggestFor.forEach((type, i) => {
      if (!types.has(type)) problems.push({ file: `data/related-programmes/${r.id}.json`, field: `suggestFor.${i}`, message: `"${type}" is not a project type of any round in data/subsidies/` });
    });
  }
  return problems;
}

/**
 * A figure written out by hand may not stand for a period a dataset holds in the same unit: with the
 * same value it restates the point (the card would drift from the chart on the next edit); with
 * another value it contradicts it. Either way the page refers to the point instead.
 */
export function checkHandWrittenFigures(entries: EntryParts<'file' | 'lang' | 'data'>[], metrics: Metric[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const figures = 'keyFigures' in e.data ? e.data.keyFigures : [];
    figures.forEach((f, i) => {
      if ('metric' in f) return;
      for (const m of metrics) {
        const p = m.points.find((p) => p.x === f.asOf && m.unit[e.lang] === f.unit);
        if (!p) continue;
        const instead = `write { label, metric: ${m.id}, x: "${p.x}"${p.series ? `, series: ${p.series}` : ''} } instead`;
        problems.push({
          file: e.file,
          field: `keyFigures.${i}`,
          message:
            p.value === f.value
              ? `restates ${f.value} ${f.unit} (${f.asOf}), a point of data/metrics/${m.id}.json: ${instead}`
              : `gives ${f.value} ${f.unit} for ${f.asOf}, a period data/metrics/${m.id}.json holds as ${p.value}: ${instead}`,
        });
      }
    });
  }
  return problems;
}

