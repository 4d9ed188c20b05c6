/**
 * When the sources were last searched for what the site lists as not found. One setting: the UI
 * strings say it through the `{checked}` placeholder (filled by `t()` in src/lib/i18n.ts), and every
 * line of content/ and data/ that says something was not found must carry this very date in the
 * site's one wording (src/lib/content/unknown-wording.ts; swept by
 * test/content/unknowns-are-worded-as-not-found.test.ts). After a new search, change it here and the
 * sweep lists every line to re-read.
 */
export const unknownsCheckedIn = '2026-11';
