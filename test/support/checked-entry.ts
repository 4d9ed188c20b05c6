/**
 * A `CheckedEntry` for rule tests, from only the fields a test is about. The rules read an entry's
 * data by the schema's field names, so a partial `data` is enough for them; the cast says that
 * the rest of the schema is left out on purpose (test/content runs the rules on real, full entries).
 */
import type { BilingualCollection } from '../../src/schemas';
import type { CheckedEntry } from '../../src/lib/content/check/entry';

export function checkedEntry(collection: BilingualCollection, lang: 'ja' | 'en', id: string, data: Record<string, unknown> = {}, body = ''): CheckedEntry {
  const file = `content/${collection}/${lang}/${id}.${collection === 'pages' ? 'mdx' : 'md'}`;
  return { collection, file, lang, id, data, body, text: body } as unknown as CheckedEntry;
}
