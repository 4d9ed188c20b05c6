/**
 * Rules over what an entry's file says, each a mistake an editor can plausibly make, each returning
 * problems that name the file, the field (or line) and the value:
 * - content bodies run no script of their own and link only to web addresses or to built pages;
 * - a news file's name starts with its date;
 * - an English page that names a person in Japanese says once that names are given in Japanese.
 * Pure: the list of pages is passed in. Run by the content check (site.ts) before each build.
 */
import type { EntryParts, Problem } from './entry';

/** The body with fenced and inline code blanked (same length and lines), where `<script>` is only text. */
export function withoutCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/**
 * A figure or mark written as a Markdown directive, `:fig{metric="…" x="2024-09"}`: its attributes
 * are not prose, so the prose rules take it out (markup.ts checks the directive itself).
 */
export const factDirective = /:[a-z]+\{[^}\n]*\}/g;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Links in Markdown (`[a](url)`, `<https://…>`) and HTML/JSX (`href="…"`), with their line. */
export function linksIn(body: string): Array<{ url: string; line: number }> {
  const text = withoutCode(body);
  const found: Array<{ url: string; line: number }> = [];
  for (const re of [/(?<!!\[[^\]\n]*)\]\(\s*<?([^)\s>]+)/g, /\bhref\s*=\s*["'{]\s*["'`]?([^"'`}\s]+)/g, /<([a-z][a-z0-9+.-]*:[^>\s]+)>/gi]) {
    for (const m of text.matchAll(re)) found.push({ url: m[1] ?? '', line: lineOf(text, m.index) }); // each pattern's one group takes part
  }
  return found;
}

/** The page a site-internal link lands on, as a route (`/en/projects/x/`), or undefined for files. */
export function routeOf(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  return path === '' || /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/**
 * Bodies: no `<script>` (it would be published and, before the CSP step learned to skip content,
 * it ran); links only to http(s), mailto, a fragment, or a page the site builds (`pages`: every
 * route, `/` and `/en/…`).
 */
export function checkBodies(entries: EntryParts<'file' | 'body'>[], pages: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const text = withoutCode(e.body);
    for (const m of text.matchAll(/<script\b/gi)) {
      problems.push({ file: e.file, field: `(body, line ${lineOf(text, m.index)})`, message: 'holds a <script>: content may not run scripts; a tool belongs in a component' });
    }
    for (const { url, line } of linksIn(e.body)) {
      const field = `(body, line ${line})`;
      if (/^(https?:\/\/|mailto:|#)/i.test(url)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        problems.push({ file: e.file, field, message: `links to "${url}": only http(s) and mailto links are allowed` });
      } else if (!url.startsWith('/')) {
        problems.push({ file: e.file, field, message: `links to "${url}": write site links from the root, such as /projects/green-lp-gas/` });
      } else if (!pages.has(routeOf(url))) {
        problems.push({ file: e.file, field, message: `links to "${url}", which is not a page of the site` });
      }
    }
  }
  return problems;
}

/** News ids start with the date they report (`2024-05-23-symposium`), so lists and URLs agree. */
export function checkNewsDates(entries: EntryParts<'collection' | 'file' | 'id' | 'data'>[]): Problem[] {
  return entries.flatMap((e) => {
    if (e.collection !== 'news') return [];
    const date = e.data.date;
    return e.id.startsWith(`${date}-`) ? [] : [{ file: e.file, field: 'date', message: `is "${date}", but the file name starts with "${e.id.split('-').slice(0, 3).join('-')}": rename the file or fix the date` }];
  });
}

/**
 * English pages keep a person's name in Japanese where the sources give no romanised form (issue
 * #12), and then say so once: "Some names on this page are given in Japanese …". A name is found
 * only where English prose frames it as a person, so that Japanese terms (部会, 産学官金) and
 * organizations stay out: right after a title or a verb of agency ("Mayor 北橋健治", "President
 * 道永幸典", "led by 藤元薫"), or right before "of the …/of <Name>" or a title after a comma
 * ("橘川武郎, President of …", "三木田 of the Japan LP Gas Association"). A name with its
 * romanisation first ("Mayor Kazuhisa Takeuchi (武内和久)") is not framed so and passes.
 */
const japanese = '[\\u3005\\u3040-\\u30ff\\u4e00-\\u9fff]';
const personAfterTitle = new RegExp(
  `\\b(?:Mayor|Governor|President|Chairman|Chair|Professor|speaker|researcher|moderator|panell?ists?|led by|by|included)\\s+(${japanese}{1,6})(?!${japanese})`,
  'g',
);
const personBeforeTitle = new RegExp(
  `(?<!${japanese})(${japanese}{1,6}),?\\s(?:of the\\b|of [A-Z]|(?:President|Chairman|Director|Head|head|Managing|senior|Professor|Governor|Mayor)\\b)`,
  'g',
);
/** The one-line note, in any wording that says the page gives names in Japanese. */
export const japaneseNamesNote = /\bnames\b[^.\n]*\bin Japanese\b/i;

/** Names of people written in Japanese in English prose (body and description), with their line. */
export function japanesePersonNames(text: string): Array<{ name: string; line: number }> {
  const prose = withoutCode(text).replace(/「[^」\n]*」/g, (m) => ' '.repeat(m.length));
  // "moderated by 赤木 of the …" is framed both ways: one name, found once.
  const found = new Map<string, { name: string; line: number }>();
  for (const m of [...prose.matchAll(personAfterTitle), ...prose.matchAll(personBeforeTitle)]) {
    const line = lineOf(prose, m.index);
    found.set(`${line} ${m[1]}`, { name: m[1] ?? '', line }); // the name group takes part in both patterns
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

export function checkJapaneseNamesNoted(entries: EntryParts<'file' | 'lang' | 'body' | 'data'>[]): Problem[] {
  return entries.flatMap((e) => {
    if (e.lang !== 'en' || japaneseNamesNote.test(e.body)) return [];
    const description = 'description' in e.data && typeof e.data.description === 'string' ? e.data.description : '';
    const found = [...japanesePersonNames(description).map((n) => ({ ...n, field: 'description' })), ...japanesePersonNames(e.body).map((n) => ({ ...n, field: `(body, line ${n.line})` }))];
    const first = found[0];
    if (!first) return [];
    return [
      {
        file: e.file,
        field: first.field,
        message: `names ${[...new Set(found.map((n) => n.name))].join(', ')} in Japanese: add the line "Some names on this page are given in Japanese because the sources we read give no English form of them." (a romanised form only where data/names.json or organizations.json has it with its source)`,
      },
    ];
  });
}
