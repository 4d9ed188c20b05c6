/**
 * Languages of the site and the UI strings of its components.
 * Japanese is served at `/`, English under `/en/`; a page has the same path after the prefix in
 * both languages. UI strings are keyed by component (`project.stage`), one JSON file per language;
 * a unit test fails when the two files do not have the same keys.
 */
import { recordOf } from './records';
import ja from '../i18n/ja.json';
import en from '../i18n/en.json';
import { checkedNote } from './content/unknown-wording';

export const langs = ['ja', 'en'] as const;
export type Lang = (typeof langs)[number];

const strings: Record<Lang, Record<string, string>> = { ja, en };
export type UiKey = keyof typeof ja;

/**
 * A template with its `{name}` placeholders filled from `vars`; a placeholder without a value stays
 * as written, so that a later step can fill it (status wordings keep `{days}` for the reader's day).
 * The one interpolation of the site: `t` uses it at build, the tools' scripts in the browser.
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The UI string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = strings[lang][key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" for ${lang}`);
  // `{checked}`: the month the sources were last searched for unknowns, from one setting.
  return fill(template, template.includes('{checked}') ? { checked: checkedNote(lang), ...vars } : vars);
}

/** A tool's string table: the UI strings its script shows, unfilled, keyed as in src/i18n/. */
export type UiStrings<K extends UiKey> = Record<K, string>;

/** The templates of `keys` in `lang`, for a page to hand to its script (which fills them with `fill`). */
export function uiStrings<K extends UiKey>(lang: Lang, keys: readonly K[]): UiStrings<K> {
  return recordOf(keys, (k) => t(lang, k));
}

/** The Intl locale of a language: dates and numbers in British English, as the site's English is. */
export const locale = (lang: Lang): string => (lang === 'ja' ? 'ja-JP' : 'en-GB');

/** The URL prefix of a language: '' for Japanese, '/en' for English. */
export function prefix(lang: Lang): string {
  return lang === 'ja' ? '' : '/en';
}

/** A site path in `lang`: localPath('en', '/projects/') → '/en/projects/'. */
export function localPath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${prefix(lang)}${clean}`;
}

/** The `[...lang]` route parameter for a language: undefined for Japanese, 'en' for English. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'ja' ? undefined : 'en';
}

/** The language of a `[...lang]` route parameter; throws on anything else. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return 'ja';
  if (param === 'en') return 'en';
  throw new Error(`Unknown language prefix "${param}"`);
}

/** getStaticPaths entries for a page that exists once per language. */
/** The language an endpoint was built for (the `lang` prop of langPaths), checked: endpoint props are untyped. */
export function langProp(props: Record<string, unknown>): Lang {
  const { lang } = props;
  if (lang === 'ja' || lang === 'en') return lang;
  throw new Error(`An endpoint was built without a language prop (got ${String(lang)})`);
}

export function langPaths() {
  return langs.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/**
 * The same page in the other language, for the header's language link: '/projects/x/' →
 * '/en/projects/x/' and back. Undefined for pages that exist once for both languages (the 404 page)
 * and for the editors' pages under /admin/, which are in Japanese only.
 */
export function otherLanguage(pathname: string): { lang: Lang; path: string; label: string } | undefined {
  if (/^\/404(\.html|\/)?$/.test(pathname) || /^\/admin(\/|$)/.test(pathname)) return undefined;
  const isEnglish = pathname === '/en' || pathname.startsWith('/en/');
  return isEnglish
    ? { lang: 'ja', path: pathname.slice('/en'.length) || '/', label: '日本語' }
    : { lang: 'en', path: `/en${pathname}`, label: 'English' };
}
