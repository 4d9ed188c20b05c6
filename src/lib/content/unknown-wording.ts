/**
 * Finds reader-facing text that states an unknown as a fact about the world ("has not been
 * published", 「非公表」, 「公表されていません」) where all we know is that our sources are silent.
 * The facts (../shared/facts/, "Not found" and §10 Gaps) only ever say *we did not find it*, so the
 * site says 「確認できた資料には見当たりません（2026年11月確認）」 / "not found in the sources we could
 * read (checked November 2026)" (issue #16). A sentence about publishing in general (a rule that
 * applies when a factor is not published) is not an unknown: callers allow those by name.
 */
import { unknownsCheckedIn } from '../../config/unknowns';
import { formatDate } from '../dates';

/** 「2026年11月確認」 / "checked November 2026", from the one setting in src/config/unknowns.ts. */
export function checkedNote(lang: 'ja' | 'en', month: string = unknownsCheckedIn): string {
  return lang === 'ja' ? `${formatDate(month, lang)}確認` : `checked ${formatDate(month, lang)}`;
}

/**
 * The one wording of an unknown, per language: 「確認できた資料には見当たりません（2026年11月確認）」 /
 * "not found in the sources we could read (checked November 2026)". English sentences may start
 * "We found no … in the sources we could read (checked November 2026)".
 */
export const notFoundWording = (lang: 'ja' | 'en'): string =>
  lang === 'ja' ? `確認できた資料には見当たりません（${checkedNote('ja')}）` : `not found in the sources we could read (${checkedNote('en')})`;

/** A line that says something was not found, in either language (the sweep's net; the wording is checked after). */
export const saysNotFound = {
  ja: /見当たりません|見当たらな|確認できていません|確認できませんでした|見つかっていません|見つかりませんでした/,
  en: /\bnot found\b|\bwe found no\b|\bwe have not found\b|\bcould not (?:find|confirm)\b|\b(?:was|were) not found\b/i,
};

/** Whether a line that says "not found" uses the one wording with the date of the one setting. */
export function usesNotFoundWording(line: string, lang: 'ja' | 'en'): boolean {
  if (lang === 'ja') return new RegExp(`確認できた資料に(?:は)?見当たり(?:ません|ません。|ませんでした)?[^。]{0,12}（${checkedNote('ja')}）|確認できた資料に見当たらない[^。]{0,12}（${checkedNote('ja')}）`).test(line);
  return line.includes(`in the sources we could read (${checkedNote('en')})`);
}

const patterns: RegExp[] = [
  /非公表|未公表|公表されていません|公表されていない|公表されたものが見つか|公開されていません|(?:まだ)?発表されていません|明らかになっていません|明らかにされていません/,
  /\b(?:not|never)(?: yet)?(?: been)? (?:published|announced|named|disclosed|made public)\b/i,
  /\bunpublished\b/i,
  /\bno\b[^.;]*\b(?:has|have)(?: yet)? been (?:published|announced)\b/i,
  /\bno published (?:figure|count|record|results?|date|dates|rate)\b/i,
];

/** The first phrase in `text` that words an unknown as "not published", or undefined. */
export function notPublishedPhrase(text: string): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}
