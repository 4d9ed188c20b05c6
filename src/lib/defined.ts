/**
 * A value the data guarantees (a schema rule, a lookup by an id the content check has resolved),
 * checked where it is used: instead of a silent `!`, a missing value throws and says what was missing.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing: ${what}`);
  return value;
}
