/**
 * A record with exactly `keys`, each value made by `valueOf`: what `Object.fromEntries(keys.map(…))`
 * means, typed by its keys. TypeScript types fromEntries as `{ [k: string]: V }`, so the one cast
 * needed for this pattern lives here instead of at every call.
 */
export function recordOf<K extends string, V>(keys: readonly K[], valueOf: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, valueOf(key)])) as Record<K, V>;
}
