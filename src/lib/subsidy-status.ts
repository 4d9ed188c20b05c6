/**
 * Whether a subsidy round is open, from its application window and a given day.
 * Dates are Japan-local calendar days (YYYY-MM-DD); a window with no published dates is `unknown`.
 */
export type SubsidyStatus = 'upcoming' | 'open' | 'closed' | 'unknown';

export function subsidyStatus(window: { start?: string; end?: string } | undefined, today: string): SubsidyStatus {
  if (!window || (!window.start && !window.end)) return 'unknown';
  if (window.start && today < window.start) return 'upcoming';
  if (window.end && today > window.end) return 'closed';
  if (window.start && window.end) return 'open';
  // Only one end is published: past the start with no end known, or before the end with no start known.
  return 'unknown';
}

/** Today's date in Japan (UTC+9), as YYYY-MM-DD. */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
