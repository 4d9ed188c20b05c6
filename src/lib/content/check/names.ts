/**
 * English forms of names that no source confirms stay off English pages. The registry of names
 * (content/organizations/organizations.json for organizations, data/names.json for people and
 * places; the rule is written in src/schemas/organizations.ts) lists for each name the forms that are
 * only a gloss or a reading (`notEnglish`: "Saikai", "Mito", "Kyuden Mirai Energy", "NYK Line").
 * This rule finds them in English entries (frontmatter and body, by line) and in the English
 * strings of data/ (`en` fields), so a correction made in the registry cannot be undone by a copy
 * elsewhere. Matching is case-sensitive and on whole words: "Mito" fails, "Mitochondria" does not.
 */
import type { Problem } from './entry';

export interface NameEntry {
  /** The name as written in Japanese, to say what to write instead. */
  ja: string;
  /** The registry's own English form, when it has one. */
  en?: string;
  notEnglish: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matchers(names: NameEntry[]): Array<{ form: string; re: RegExp; instead: string }> {
  return names.flatMap((n) =>
    n.notEnglish.map((form) => ({ form, re: new RegExp(`(?<![A-Za-z])${escape(form)}(?![A-Za-z])`), instead: n.en ?? n.ja })),
  );
}

/** Unconfirmed English forms in English entries: `text` is the whole file, so lines are the file's. */
export function checkEnglishNames(entries: Array<{ file: string; lang: 'ja' | 'en'; text: string }>, names: NameEntry[]): Problem[] {
  const forms = matchers(names);
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.lang !== 'en') continue;
    e.text.split('\n').forEach((line, i) => {
      for (const f of forms) {
        if (f.re.test(line)) problems.push({ file: e.file, field: `(line ${i + 1})`, message: `writes "${f.form}", an English form no source confirms: write "${f.instead}" (the form in the name registry)` });
      }
    });
  }
  return problems;
}

/** Every `en` string of a data file, with its path (`factors.12.supplier.en`). */
export function englishStrings(value: unknown, path: string[] = []): Array<{ field: string; text: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => englishStrings(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'en' && typeof v === 'string' ? [{ field: [...path, k].join('.'), text: v }] : englishStrings(v, [...path, k])));
  }
  return [];
}

/** Unconfirmed English forms in the English fields of data files. */
export function checkEnglishNamesInData(files: Array<{ file: string; data: unknown }>, names: NameEntry[]): Problem[] {
  const forms = matchers(names);
  return files.flatMap(({ file, data }) =>
    englishStrings(data).flatMap(({ field, text }) =>
      forms.filter((f) => f.re.test(text)).map((f) => ({ file, field, message: `writes "${f.form}", an English form no source confirms: write "${f.instead}" (the form in the name registry)` })),
    ),
  );
}
