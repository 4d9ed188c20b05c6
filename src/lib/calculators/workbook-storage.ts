/**
 * Where the workbook is kept: localStorage, under one key, in this browser only. What is stored is
 * read through the schema in workbook-schema.ts, which the page loads only when something is there.
 */
export const storageKey = 'kgx-co2-workbook';

/**
 * Whether this browser lets the page store anything (private modes and full disks refuse; some
 * browsers throw on merely reading `localStorage`, hence a getter).
 */
export function storageWorks(storage: () => Pick<Storage, 'setItem' | 'removeItem'>): boolean {
  try {
    storage().setItem(`${storageKey}-probe`, '1');
    storage().removeItem(`${storageKey}-probe`);
    return true;
  } catch {
    return false;
  }
}
