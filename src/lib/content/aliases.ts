/**
 * Which of a glossary term's aliases a reader is shown, and the sentence that shows them.
 * Aliases exist mainly for search (every one of them goes into the page's keywords), so the list mixes
 * scripts and spelling variants ("Scope1", "green transformation", "グリーン・トランスフォーメーション").
 * Printed as they are, they read like a keyword list. A reader is shown only the names that tell them
 * something: in the page's own writing (Japanese script on a Japanese page, none on an English one),
 * not already in the title, and each variant once (case, width, spaces and middle dots ignored).
 */
import type { Lang } from '../i18n';

const japaneseScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A spelling key: NFKC, lower case, without spaces, middle dots, hyphens, dashes and brackets. */
const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s・·\-‐–—()（）]/g, '');

/** The aliases worth showing beside `title` on a page in `lang`, in their written order. */
export function shownAliases(lang: Lang, title: string, aliases: readonly string[]): string[] {
  const seen = [key(title)];
  const shown: string[] = [];
  for (const alias of aliases) {
    if (japaneseScript.test(alias) !== (lang === 'ja')) continue;
    const k = key(alias);
    if (k === '' || seen.some((s) => s.includes(k))) continue;
    seen.push(k);
    shown.push(alias);
  }
  return shown;
}

/** The names as a phrase for "also called …": 「A」「B」 in Japanese, "A or B" in English. */
export function aliasNames(lang: Lang, names: readonly string[]): string {
  if (lang === 'ja') return names.map((n) => `「${n}」`).join('');
  return new Intl.ListFormat('en', { type: 'disjunction' }).format(names);
}
