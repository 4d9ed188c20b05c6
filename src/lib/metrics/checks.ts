/**
 * When a dataset is due for a check, and what the last checks found. A dataset records when someone
 * last looked for newer figures and the outcome (`lastChecked` in src/schemas/metrics.ts); it is due
 * only when nobody has looked within its review interval. The age of the figure does not matter: a
 * FY2020 total that is still the newest one published is "checked", not "overdue". Pure: no DOM.
 */
import type { Metric } from '../../schemas/metrics';

type Checked = Pick<Metric, 'lastChecked' | 'reviewEveryMonths' | 'pointsAre'>;

/** The day by which someone should look again: the last look plus the review interval (2026-12-06 + 12 months → 2027-12-06). */
export function nextCheck(m: Pick<Metric, 'lastChecked' | 'reviewEveryMonths'>): string {
  // lastChecked.date is a full YYYY-MM-DD (its schema), so the defaults never apply.
  const [y = 0, mo = 1, d = 1] = m.lastChecked.date.split('-').map(Number);
  const due = new Date(Date.UTC(y, mo - 1 + m.reviewEveryMonths, d));
  // 31 August + 6 months has no 31st: Date rolls over into March; the last day of February is meant.
  if (due.getUTCDate() !== d) due.setUTCDate(0);
  return due.toISOString().slice(0, 10);
}

/**
 * True when nobody has looked for newer figures within the review interval. Targets (FY2030, 2050)
 * are goals, not statistics that age, so a dataset of targets is never due.
 */
export function isDueForCheck(m: Checked, today: string): boolean {
  return m.pointsAre !== 'targets' && nextCheck(m) < today;
}

/** Datasets checked in one month with one outcome, for the dashboard's single statement. */
export interface CheckGroup {
  /** `YYYY-MM` of the checks. */
  month: string;
  outcome: Metric['lastChecked']['outcome'];
  ids: string[];
}

/**
 * What the dashboard says once at the top instead of a badge per card: the checks grouped by month
 * (newest first) and outcome, leaving out datasets that are due (those get a badge of their own).
 */
export function checkSummary(metrics: (Checked & { id: string })[], today: string): { groups: CheckGroup[]; due: string[] } {
  const groups: CheckGroup[] = [];
  const due: string[] = [];
  for (const m of metrics) {
    if (isDueForCheck(m, today)) {
      due.push(m.id);
      continue;
    }
    const month = m.lastChecked.date.slice(0, 7);
    const group = groups.find((g) => g.month === month && g.outcome === m.lastChecked.outcome);
    if (group) group.ids.push(m.id);
    else groups.push({ month, outcome: m.lastChecked.outcome, ids: [m.id] });
  }
  groups.sort((a, b) => b.month.localeCompare(a.month) || (a.outcome === 'no-newer' ? -1 : 1));
  return { groups, due };
}
