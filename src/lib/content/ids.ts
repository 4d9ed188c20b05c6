/** Entry ids of bilingual collections are `ja/<id>` or `en/<id>`; this splits and joins them. */
import type { Lang } from '../i18n';
import { defined } from '../defined';

export function splitEntryId(entryId: string): { lang: Lang; id: string } {
  const match = entryId.match(/^(ja|en)\/(.+)$/);
  if (!match) throw new Error(`Entry id "${entryId}" does not start with ja/ or en/`);
  return { lang: match[1] as Lang, id: defined(match[2], `the id in ${entryId}`) };
}

/** Language-neutral data in a stable order: by id. */
export const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** Subsidy rounds and related programmes as every list shows them: newest fiscal year first, then by id. */
export const newestRoundFirst = (a: { id: string; fiscalYear: number }, b: { id: string; fiscalYear: number }) => b.fiscalYear - a.fiscalYear || byId(a, b);
