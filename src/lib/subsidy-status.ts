/**
 * Today's date in Japan, the day every subsidy status is decided on (see src/lib/subsidies/status.ts,
 * which decides a round's status from all its dates).
 */

/** Today's date in Japan (UTC+9), as YYYY-MM-DD. */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
