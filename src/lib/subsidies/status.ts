/**
 * Whether a subsidy round is open on a given day, decided from every date we hold for it: the
 * application window (often only partly published) and the period its rules are valid
 * (`validFrom`…`validUntil`, the fiscal year unless stated). All dates are Japan-local calendar
 * days written YYYY-MM-DD, so comparing the strings compares the days.
 *
 * Rules, in order:
 * 1. past `validUntil`: closed, on the window's last day when published, else "by validUntil";
 * 2. past the window's last day: closed on that day;
 * 3. before the window's first day: upcoming, opening that day;
 * 4. inside a fully published window: open, with the days left (0 on the last day);
 * 5. before `validFrom` with no published start: upcoming, date unknown;
 * 6. otherwise the rules are in force but the window is unpublished: unknown.
 * A round whose rules have expired is therefore never "window not published".
 * Pure: the build and the browser run the same code.
 */
import { daysBetween } from '../dates';
import { defined } from '../defined';
import { fill } from '../i18n';

export interface RoundDates {
  applicationWindow?: { start?: string; end?: string };
  validFrom: string;
  validUntil: string;
}

export type RoundStatus =
  | { status: 'upcoming'; opens?: string }
  | { status: 'open'; closes: string; daysLeft: number }
  | { status: 'closed'; closedOn: string; by: 'window' | 'validity' }
  | { status: 'unknown' };

export function roundStatus(round: RoundDates, today: string): RoundStatus {
  const { start, end } = round.applicationWindow ?? {};
  if (today > round.validUntil) return end && end <= round.validUntil ? { status: 'closed', closedOn: end, by: 'window' } : { status: 'closed', closedOn: round.validUntil, by: 'validity' };
  if (end && today > end) return { status: 'closed', closedOn: end, by: 'window' };
  if (start && today < start) return { status: 'upcoming', opens: start };
  if (start && end) return { status: 'open', closes: end, daysLeft: daysBetween(today, end) };
  if (!start && today < round.validFrom) return { status: 'upcoming' };
  return { status: 'unknown' };
}

/**
 * The status of a programme from its rounds: the open round if any, else the next to open, else a
 * round in force whose window is unpublished, else the round that closed last. `index` points into
 * `rounds`. Precondition: `rounds` is not empty.
 */
export function programmeStatus(rounds: RoundDates[], today: string): { index: number; status: RoundStatus } {
  const all = rounds.map((r, index) => ({ index, status: roundStatus(r, today) }));
  for (const wanted of ['open', 'upcoming', 'unknown'] as const) {
    const found = all.find((s) => s.status.status === wanted);
    if (found) return found;
  }
  const closedOn = (s: RoundStatus) => (s.status === 'closed' ? s.closedOn : '');
  return all.reduce((latest, s) => (closedOn(s.status) > closedOn(latest.status) ? s : latest));
}

/**
 * Which wording a status needs. Each wording is a UI string filled with the round's dates at build;
 * only `{days}` is left for the reader's day.
 */
export type StatusWording = 'open' | 'openToday' | 'upcoming' | 'upcomingUndated' | 'closed' | 'closedByValidity' | 'unknown';

export function statusWording(s: RoundStatus): StatusWording {
  switch (s.status) {
    case 'open':
      return s.daysLeft === 0 ? 'openToday' : 'open';
    case 'upcoming':
      return s.opens ? 'upcoming' : 'upcomingUndated';
    case 'closed':
      return s.by === 'window' ? 'closed' : 'closedByValidity';
    default:
      return 'unknown';
  }
}

/** Every wording, in a fixed order, so that a page can carry them all for the browser to choose from. */
export const statusWordings: StatusWording[] = ['open', 'openToday', 'upcoming', 'upcomingUndated', 'closed', 'closedByValidity', 'unknown'];

/** A round's dates and its wordings with the dates filled in; what a page hands to the browser. */
export interface StatusRound {
  dates: RoundDates;
  wordings: Record<StatusWording, string>;
}

/** The sentence for today: the chosen round's wording, with `{days}` filled in. */
export function statusSentence(rounds: StatusRound[], today: string): { status: RoundStatus; text: string; index: number } {
  const { index, status } = programmeStatus(
    rounds.map((r) => r.dates),
    today,
  );
  const text = fill(defined(rounds[index], `round ${index} of ${rounds.length}`).wordings[statusWording(status)], { days: status.status === 'open' ? status.daysLeft : '' });
  return { status, text, index };
}
