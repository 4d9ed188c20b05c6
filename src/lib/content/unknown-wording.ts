/**
 * Finds reader-facing text that states an unknown as a fact about the world ("has not been
 * published", 「非公表」, 「公表されていません」) where all we know is that our sources are silent.
 * The facts (../shared/facts/, "Not found" and §10 Gaps) only ever say *we did not find it*, so the
 * site says 「確認できた資料には見当たりません（2026年11月確認）」 / "not found in the sources we could
 * read (checked November 2026)" (issue #16). A sentence about publishing in general (a rule that
 * applies when a factor is not published) is not an unknown: callers allow those by name.
 */

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
