/** Entry ids of bilingual collections are `ja/<id>` or `en/<id>`; this splits and joins them. */
import type { Lang } from '../i18n';

export function splitEntryId(entryId: string): { lang: Lang; id: string } {
  const match = entryId.match(/^(ja|en)\/(.+)$/);
  if (!match) throw new Error(`Entry id "${entryId}" does not start with ja/ or en/`);
  // The pattern allows only ja or en, and requires an id.
  return { lang: match[1] === 'en' ? 'en' : 'ja', id: match[2] ?? '' };
}
