/**
 * What a body may hold besides prose, so that nothing prints blank, computes or loads from elsewhere:
 * - components (`<Fig>`, `<Mark>`, `<MetricChart>`) only in `.mdx`: in `.md` they print nothing
 *   (「会員は です。」), and Markdown writes figures and marks as `:fig{…}` and `:mark{r="…"}`; any other
 *   directive would print as written;
 * - in `.mdx`, imports only of our own components (`src/components/…`), every component used imported,
 *   no `export`, and no `{…}`
 *   expression but comments: `{new Date().getFullYear()}` would present the build day as a fact;
 * - raw HTML only from an allowlist of text tags, without event attributes (`onerror`) or `style`
 *   (`<iframe>`, `<object>`, `<form>` … never; `<script>` has its own rule in bodies.ts);
 * - every `src` (HTML or Markdown image) resolves to a file of the site: no other host, since the
 *   site makes no request to one;
 * - heading levels go down one at a time from the page title (h1): h2 then h4 is a jump.
 * Code (fenced or inline) and comments are not markup. Each problem names file, line and what was found.
 */
import type { EntryParts, Problem } from './entry';
import { withoutCode } from './bodies';
import { isFactName, markLevels } from '../facts-in-prose';

const allowedTags = new Set('a abbr b br cite code dd del details dfn div dl dt em figcaption figure hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td tfoot th thead tr u ul wbr'.split(' '));
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Comments blanked (same length and lines): their text is not markup. */
function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text.replace(/<!--[\s\S]*?-->/g, blank).replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

export function checkMarkup(entries: EntryParts<'file' | 'body'>[], fileExists: (path: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const mdx = e.file.endsWith('.mdx');
    const text = withoutComments(withoutCode(e.body));
    // One message per line: an <iframe src="https://…"> is one mistake, reported as the tag.
    const lines = new Map<number, Problem>();
    const at = (index: number, message: string) => {
      const line = lineOf(text, index);
      if (!lines.has(line)) lines.set(line, { file: e.file, field: `(body, line ${line})`, message });
    };

    const component = /<([A-Z][A-Za-z0-9]*)\b/.exec(text);
    if (!mdx && component) {
      const instead = component[1] === 'Fig' ? ': write :fig{metric="…" x="…"}' : component[1] === 'Mark' ? ': write :mark{r="secondary"} or :mark{r="unverified"}' : ': rename the file to .mdx and import it';
      at(component.index, `holds <${component[1]}>, a component, which works only in .mdx files (in .md it prints nothing)${instead}`);
    }
    if (!mdx) {
      // A directive is a colon, a name and {attributes} (times and URLs have no braces right after).
      // An editor's rich-text mode may escape what it does not know (\:fig\{…\}): the page would print it.
      for (const m of text.matchAll(/\\:(?:fig|mark)\b|:(?:fig|mark)\\\{/g)) at(m.index, `has ${m[0]}…, escaped with a backslash, so the page would print it as written: remove the backslashes (:fig{metric="…" x="…"})`);
      for (const m of text.matchAll(/(?<![\w:\\]):([A-Za-z][\w-]*)\{([^}\n]*)\}?/g)) {
        const [whole, name = '', attrs = ''] = m;
        const written = whole.length > 80 ? `${whole.slice(0, 80)}…` : whole;
        if (!isFactName(name)) at(m.index, `has ${written}, which the site does not know and would print as written: a figure is :fig{metric="…" x="…"}, a mark :mark{r="secondary"}`);
        else if (name === 'mark' && !markLevels.some((level) => level === /^\s*r="([^"]*)"\s*$/.exec(attrs)?.[1])) at(m.index, `has ${written}: a mark is :mark{r="secondary"} (報道による / Reported) or :mark{r="unverified"} (出典1件 / One source)`);
      }
    }

    if (mdx) {
      for (const m of text.matchAll(/^(import|export)\b.*$/gm)) {
        const ok = m[1] === 'import' && /^import\s+[A-Z]\w*\s+from\s+['"](?:\.\.\/)+src\/components\/[\w/-]+\.astro['"];?\s*$/.test(m[0]);
        if (!ok) at(m.index, `has "${m[0].trim()}": an .mdx file may only import our components (import Fig from '../../../src/components/facts/Fig.astro';)`);
      }
      const imported = new Set([...text.matchAll(/^import\s+([A-Z]\w*)\s/gm)].map((m) => m[1]));
      for (const m of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b[^>]*?(\/?)>/g)) {
        // MDX would stop the build at a component left open (<Fig …> for <Fig … />), naming no line of ours.
        if (!m[2] && !text.includes(`</${m[1]}>`, m.index)) at(m.index, `leaves <${m[1]}> open: write it self-closing, <${m[1]} … />`);
        if (!imported.has(m[1])) at(m.index, `uses <${m[1]}> without importing it: add import ${m[1]} from '../../../src/components/…/${m[1]}.astro'; at the top (the build would stop with "${m[1]} is not defined")`);
      }
      const expression = /\{[^}]*\}?/.exec(text);
      if (expression) at(expression.index, `computes "${expression[0].slice(0, 40)}": content states facts, it does not compute them (a date or number goes in data/ or is written out; <Fig> takes strings: x="2024-09")`);
    }

    for (const m of text.matchAll(/<([a-z][a-z0-9-]*)(?=[\s/>])([^>]*)>/g)) {
      const [, tag = '', attributes = ''] = m; // both groups always take part in the match
      if (tag === 'script') continue;
      if (!allowedTags.has(tag)) at(m.index, `holds <${tag}>, which content may not use (allowed: text tags such as <strong>, <table>, <details>): embed nothing, link to it instead`);
      const bad = attributes.match(/\s(on[a-z]+|style)\s*=/i);
      if (bad) at(m.index, `gives <${tag}> the attribute "${bad[1]}", which content may not use (no event handlers, no inline styles)`);
    }

    for (const m of text.matchAll(/\bsrc\s*=\s*["']([^"']*)["']|!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)) {
      const src = m[1] ?? m[2] ?? ''; // one of the two alternatives matched
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) at(m.index, `loads "${src}" from another host: the site makes no request to other hosts; put the file in public/ and write its path`);
      else if (!fileExists(src.startsWith('/') ? `public${src.replace(/[?#].*$/, '')}` : `${e.file.replace(/[^/]+$/, '')}${src}`)) at(m.index, `loads "${src}", which is not a file of the site (public/ or next to the page)`);
    }

    let level = 1;
    for (const m of text.matchAll(/^(#{1,6})\s|<h([1-6])\b/gm)) {
      const next = m[1]?.length ?? Number(m[2]);
      if (next > level + 1) {
        at(m.index, `has a heading of level ${next} right after level ${level}: headings go down one level at a time (screen readers list them as an outline)`);
        break;
      }
      level = next;
    }
    problems.push(...[...lines.entries()].sort(([a], [b]) => a - b).map(([, p]) => p));
  }
  return problems;
}
