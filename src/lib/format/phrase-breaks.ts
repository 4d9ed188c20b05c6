/**
 * Japanese line breaks by phrase in short text (headings, cards, buttons, labels).
 *
 * Browsers may break Japanese between any two characters, so a heading can end a line with
 * 「北九州GX推進コンソ」. BudouX (Google's phrase segmenter: a small model, no dictionary, no
 * network) finds the phrase boundaries; a `<wbr>` goes at each one, and `word-break: keep-all` in
 * site.css (same list of elements) forbids breaks anywhere else. CSS `word-break: auto-phrase` does
 * the same with no markup but only in Chromium, and BudouX in the browser would cost every visitor a
 * script, so this runs once at build time.
 *
 * It runs over the finished HTML of each Japanese page (src/config/finish-pages.mjs), not inside
 * components, because the short texts come from many places: our components, Starlight's own markup
 * (page title, search button) and Markdown headings. A small scanner walks the page and inserts
 * `<wbr>` into the text of the listed elements and nothing else: every other byte stays as it was,
 * so the inline-script hashes of the CSP, the JSON-LD and the search index (built before) are
 * untouched. Re-serialising the page through a DOM (BudouX's own HTML processor) would rewrite it all.
 */
import { loadDefaultJapaneseParser } from 'budoux';

/** Elements whose text is broken by phrase, by tag. */
export const phraseTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'summary', 'legend', 'label', 'caption', 'th', 'dt'];
/** …and by class (cards, badges, link buttons, the site title). */
export const phraseClasses = ['site-title', 'entry-point-title', 'entry-point-text', 'entry-title', 'news-title', 'verdict', 'figure-label', 'button', 'stage', 'status'];

const parser = loadDefaultJapaneseParser();
const japanese = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆]/u;
// A start or end tag (attribute values may hold '>'), a comment, or a doctype.
const token = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
// Their content is not HTML text: skipped whole.
const opaque = new Set(['script', 'style', 'svg', 'template', 'textarea', 'title']);

// The same short texts recur on every page (the site title, menu and footer labels, buttons,
// legends): each is segmented once per build.
const segmented = new Map<string, string>();

/** `text` with `<wbr>` between BudouX phrases, where one side of the boundary is Japanese. */
export function breakPhrases(text: string): string {
  if (!japanese.test(text)) return text;
  const known = segmented.get(text);
  if (known !== undefined) return known;
  // Entities (&amp;) are kept whole: only the text between them is segmented.
  const broken = text
    .split(/(&(?:#\d+|#x[\da-f]+|\w+);)/i)
    .map((part, i) => (i % 2 === 1 ? part : joinPhrases(parser.parse(part))))
    .join('');
  segmented.set(text, broken);
  return broken;
}

/**
 * For short text that a tool's script writes (the checker's verdict): the phrase boundaries as
 * U+200B marks, which the script turns into `<wbr>` elements (client-kit.ts setPhrased), so that
 * the text stays text and never passes through innerHTML.
 */
export const phraseMark = '\u200b';
export function markPhrases(text: string): string {
  return breakPhrases(text).replaceAll('<wbr>', phraseMark);
}

// BudouX keeps a proper noun such as 北九州GX推進コンソーシアム as one phrase, too long for a
// heading line on a phone, where the browser would then break it anywhere, even inside "GX". A long
// phrase may also break where the script changes from Latin letters to kanji, or from kanji to
// katakana: 北九州GX|推進|コンソーシアム. A piece still that long also breaks from kanji to Latin
// letters, so that the acronym is never the place the browser has to cut:
// 北九州産業学術推進機構|GX|推進補助金 (while 北九州GX stays whole).
// (Katakana to kanji is left alone: カーボンニュートラル|化 would strand 化.)
const longPhrase = 8;
const scriptChange = /(?<=[A-Za-z])(?=\p{sc=Han})|(?<=\p{sc=Han})(?=\p{sc=Katakana})/u;
const kanjiToLatin = /(?<=\p{sc=Han})(?=[A-Za-z])/u;
const isLong = (p: string) => [...p].length >= longPhrase;

// A phrase of one character stays with its neighbour: BudouX splits はい into は|い.
function joinPhrases(parsed: string[]): string {
  const phrases = parsed.flatMap((p) => (isLong(p) ? p.split(scriptChange) : [p])).flatMap((p) => (isLong(p) ? p.split(kanjiToLatin) : [p]));
  let out = phrases[0] ?? '';
  let previous = out;
  for (const phrase of phrases.slice(1)) {
    const boundary = (out.at(-1) ?? '') + phrase[0];
    const single = [...previous].length === 1 || [...phrase].length === 1;
    out += (japanese.test(boundary) && !single ? '<wbr>' : '') + phrase;
    previous = phrase;
  }
  return out;
}

function isTarget(tag: string, attributes: string): boolean {
  if (phraseTags.includes(tag)) return true;
  const classes = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
  const list = (classes?.[1] ?? classes?.[2] ?? '').split(/\s+/);
  return phraseClasses.some((c) => list.includes(c));
}

/** The page with `<wbr>` at phrase boundaries inside the target elements; the rest unchanged. */
export function insertPhraseBreaks(html: string): string {
  let out = '';
  let last = 0;
  // The open target element (its tag, and how many of the same tag are open inside it).
  let target: { tag: string; depth: number } | undefined;
  token.lastIndex = 0;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const text = html.slice(last, m.index);
    out += target ? breakPhrases(text) : text;
    out += m[0];
    last = token.lastIndex;
    const [, endTag, startTag, attributes = ''] = m;
    if (startTag) {
      const tag = startTag.toLowerCase();
      if (opaque.has(tag) && !m[0].endsWith('/>')) {
        // Copy everything up to the matching end tag as it is.
        const close = new RegExp(`</${tag}`, 'gi');
        close.lastIndex = last;
        const stop = close.exec(html)?.index ?? html.length;
        out += html.slice(last, stop);
        last = token.lastIndex = stop;
      } else if (target && tag === target.tag) target.depth++;
      else if (!target && isTarget(tag, attributes)) target = { tag, depth: 0 };
    } else if (endTag && target && endTag.toLowerCase() === target.tag) {
      if (target.depth === 0) target = undefined;
      else target.depth--;
    }
  }
  return out + html.slice(last);
}
