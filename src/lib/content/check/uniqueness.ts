/**
 * One entry per thing:
 * - a glossary term's title and aliases are unique per language (compared after NFKC and case
 *   folding, so ＣＯ２ and co2 are one word): a term added twice under two ids splits its links and
 *   its search results;
 * - one news item per event: an id that is another's id plus a suffix (`2024-05-23-symposium-2`,
 *   `…-copy`) is the same item saved twice.
 * A pair is reported once, on its second file, in the first language where it occurs.
 */
import type { EntryParts, Problem } from './entry';

type Entry = EntryParts<'collection' | 'file' | 'lang' | 'id' | 'data'>;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function checkGlossaryUnique(entries: Entry[]): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const lang of ['ja', 'en'] as const) {
    const seen = new Map<string, { id: string; file: string; field: string }>();
    for (const e of entries.filter((x) => x.collection === 'glossary' && x.lang === lang)) {
      const d: { title?: string; aliases?: string[] } = e.data;
      const words: Array<[string, string]> = [['title', d.title ?? ''], ...(d.aliases ?? []).map((a, i): [string, string] => [`aliases.${i}`, a])];
      for (const [field, word] of words) {
        const first = seen.get(fold(word));
        if (first && first.id !== e.id) {
          const pair = [first.id, e.id].sort().join(' ');
          if (!reported.has(pair)) problems.push({ file: e.file, field, message: `"${word}" is also the ${first.field === 'title' ? 'title' : 'alias'} of ${first.file}: one word, one term (keep it in one of the two; a term saved twice under two ids is one entry too many)` });
          reported.add(pair);
        } else if (!first) seen.set(fold(word), { id: e.id, file: e.file, field });
      }
    }
  }
  return problems;
}

export function checkNewsUnique(entries: Entry[]): Problem[] {
  const news = entries.filter((e) => e.collection === 'news');
  const ids = new Set(news.map((e) => e.id));
  const reported = new Set<string>();
  return news.flatMap((e) => {
    const base = [...ids].find((id) => id !== e.id && e.id.startsWith(`${id}-`) && /^(?:\d+|copy|new|old|draft|final|v\d+|fix(?:ed)?|updated?|2nd|again)$/.test(e.id.slice(id.length + 1)));
    if (!base || reported.has(e.id)) return [];
    reported.add(e.id);
    return [{ file: e.file, field: '(file name)', message: `"${e.id}" is "${base}" with a suffix: one news item per event; edit ${e.file.replace(e.id, base)} instead of saving it again` }];
  });
}
