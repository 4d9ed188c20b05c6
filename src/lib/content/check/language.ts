/**
 * A file is in the language of its folder: an English file whose title, description or most of the
 * body is Japanese (a title pasted from the twin, an untranslated file saved under en/) would be
 * published on an `lang="en"` page, in the English list and feed; and the reverse. Names and terms
 * in the other script are fine: only text that is mostly the other language is refused. One message
 * per file, for the first of title, description, body.
 */
import type { EntryParts, Problem } from './entry';
import { factDirective, withoutCode } from './bodies';

const japaneseChars = (s: string) => (s.match(/[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/g) ?? []).length;
const latinLetters = (s: string) => (s.match(/[A-Za-z]/g) ?? []).length;

/** Prose only: code, tags, link targets, addresses, comments and imports removed. */
function prose(body: string): string {
  return withoutCode(body)
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(factDirective, ' ')
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}|<[^>]*>|\]\([^)]*\)|https?:\/\/\S+/g, ' ');
}

/** Mostly Japanese (more kana and kanji than Latin letters) or mostly Latin. */
function mostly(text: string, min: number): 'ja' | 'en' | undefined {
  const [ja, en] = [japaneseChars(text), latinLetters(text)];
  if (ja >= min && ja > en) return 'ja';
  // A Japanese page names GX, CO2, J-Credit …; it is English only when Latin letters outweigh it 4 to 1.
  if (en >= min * 2 && en > ja * 4) return 'en';
  return undefined;
}

const name = { ja: 'Japanese', en: 'English' };

/** True when the title, description or body is mostly in the other language (then its twin is not compared with it). */
export function inOtherLanguage(e: EntryParts<'lang' | 'body' | 'data'>): boolean {
  return problemField(e) !== undefined;
}

function problemField(e: EntryParts<'lang' | 'body' | 'data'>): [string, string] | undefined {
  const other = e.lang === 'ja' ? 'en' : 'ja';
  const data: { title?: unknown; description?: unknown } = e.data;
  const fields: Array<[string, string, number]> = [
    ['title', typeof data.title === 'string' ? data.title : '', e.lang === 'en' ? 2 : 12],
    ['description', typeof data.description === 'string' ? data.description : '', 12],
    ['(body)', prose(e.body), 60],
  ];
  for (const [field, text, min] of fields) if (mostly(text, min) === other) return [field, text];
  return undefined;
}

export function checkLanguage(entries: EntryParts<'file' | 'lang' | 'body' | 'data'>[]): Problem[] {
  return entries.flatMap((e) => {
    const found = problemField(e);
    if (!found) return [];
    const [field, text] = found;
    const other = e.lang === 'ja' ? 'en' : 'ja';
    const shown = text.trim().replace(/\s+/g, ' ').slice(0, 40);
    return [{ file: e.file, field, message: `is in ${name[other]} ("${shown}…") in ${e.lang === 'en' ? 'an' : 'a'} ${name[e.lang]} file: write it in ${name[e.lang]}, or move the file to content/…/${other}/` }];
  });
}
