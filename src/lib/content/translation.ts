/**
 * Translation freshness: whether an English page was translated from the Japanese page as it is now.
 *
 * The English file records which version of its Japanese twin it was last brought in line with:
 * `translatedFrom: <code>` in its frontmatter, where the code is the first 12 hex digits of the
 * SHA-256 of the Japanese file as written (frontmatter and body, line ends as LF). When the Japanese
 * file changes in any way after that, its code changes and the English page is "behind": it shows one
 * line at the top linking to the Japanese page, and the desk (/admin/desk/) lists it with the code to
 * record once the English has been brought in line.
 * A record in the file, rather than git history, because it works the same in a fresh clone, in a
 * shallow CI checkout and in the deploy, and because it says what a translator actually did: a date
 * could not tell a later edit of the Japanese words from an edit made the same day.
 * An English file without the record is `unrecorded` (the desk counts them), never "behind".
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The code of a Japanese file as written. */
export function translationCode(japaneseFile: string): string {
  return createHash('sha256').update(japaneseFile.replace(/\r\n?/g, '\n'), 'utf8').digest('hex').slice(0, 12);
}

export type TranslationState =
  /** The English was translated from the Japanese as it is now. */
  | { state: 'current' }
  /** The Japanese changed after the English was brought in line; `code` is what to record once it is. */
  | { state: 'behind'; code: string; recorded: string }
  /** The English file records nothing; `code` is the Japanese file's code now. */
  | { state: 'unrecorded'; code: string };

/** The state of an English twin whose frontmatter holds `translatedFrom` (or nothing). */
export function translationState(japaneseFile: string, translatedFrom: string | undefined): TranslationState {
  const code = translationCode(japaneseFile);
  if (translatedFrom === undefined) return { state: 'unrecorded', code };
  return translatedFrom === code ? { state: 'current' } : { state: 'behind', code, recorded: translatedFrom };
}

/**
 * The Japanese twin of an English content file as written (`content/x/en/id.md` → `content/x/ja/id.md`
 * or `.mdx`), read at build time for the English page's notice; undefined when there is none.
 */
export function japaneseTwinText(englishFile: string, root: string = process.cwd()): string | undefined {
  const base = englishFile.replace(/\/en\/([^/]+)\.mdx?$/, '/ja/$1');
  for (const ext of ['.md', '.mdx']) {
    const file = join(root, `${base}${ext}`);
    if (base !== englishFile && existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}
