/**
 * A search query as the index expects it, from the way Japanese users type it. Pagefind indexes the
 * pages' text as written (ASCII letters and digits, full-width katakana, the long vowel mark ー), but
 * a phone keyboard in Japanese mode easily gives:
 * - full-width Latin letters, digits and spaces: ＣＯ２ → CO2, ＧＸ　補助金 → GX 補助金;
 * - half-width katakana (old habits, copied text): ｴｺﾆﾊﾟｽ → エコニパス;
 * - a dash, minus, tilde or wave dash where the long vowel mark ー belongs: エネルギ－ → エネルギー.
 * The first two are Unicode compatibility forms, undone by NFKC (which also joins ﾊﾟ into パ and
 * turns ₂ into 2). The third is a typing variant that NFKC leaves alone (it even makes － a plain
 * hyphen), so a dash right after a katakana letter is read as ー; a dash after anything else stays a
 * hyphen (e-メタン, CO2-free).
 * Used by the search dialog and /search/ before they ask Pagefind, and by the search regression suite.
 */

/** Characters typed for the long vowel mark: hyphen and dashes, minus signs, tildes and wave dashes. */
const longVowelLookalikes = /(?<=[\p{Script=Katakana}ー])[-‐‑‒–—―−﹣~～〜〰]/gu;

export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(longVowelLookalikes, 'ー').replace(/\s+/gu, ' ').trim();
}
