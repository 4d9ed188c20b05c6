/**
 * Numbers in prose as a reader reads them, for the prose-figure check (prose-figures.ts): every
 * number on a prose line with its value after 万/億/million…, its precision and the words around
 * it; years, dates, times, ordinals, list numbers and numbers inside names are left out, and so are
 * frontmatter fields that quote or identify.
 */
import { defined } from '../../defined';
import { factDirective } from './bodies';

export type Lang = 'ja' | 'en';

/** A number as a reader reads it: its value after 万/億/million…, and where it stands. */
export interface ProseNumber {
  line: number;
  /** As typed, with its multiplier word: "1,700億", "170 billion". */
  written: string;
  value: number;
  /** Place value of the last significant digit typed: 1,700億 → 1e10 (for "about" comparisons). */
  precision: number;
  /** The text right after the number (and its multiplier), for the unit. */
  after: string;
  /** The text right before the number. */
  before: string;
  /** Written with 万, 億, million …, so rounded. */
  multiplied: boolean;
  /** On a line marked with the exception marker: not checked against datasets, still compared with the twin. */
  excepted: boolean;
}

export const exceptionMarker = 'prose-figure-ok';

const jaMultipliers: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
/** Written right after a number (and before its unit): 「47,672千円」, 「13.13百万t-CO2e」, 「6割」. */
const jaUnitMultipliers: Record<string, number> = { ...jaMultipliers, 千: 1e3, 百万: 1e6, 割: 10 };
export const enMultipliers: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** A word's value in one of the tables above; the regex that found the word only matches the table's keys. */
const lookup = (table: Record<string, number>, word: string | undefined) => defined(table[word ?? ''], `the value of "${word}"`);
const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Frontmatter keys whose values quote, link or identify rather than tell: never read as prose. */
const quotingKeys = /^\s*(?:-\s+)?(title|url|publisher|id|metric|x|series|value|unit|bound|asOf|updated|date|start|end|opens|closes|deadline|year|fiscalYear|reliability|source|organizations?|providers?|partners?|rules|slug|icon|lang|translatedFrom)\s*:/;

/** Lines of a file that are prose, with what is not prose (tags, link targets, code) blanked. */
function proseLines(text: string): Array<{ line: number; text: string; excepted: boolean }> {
  const lines = text.split(/\r?\n/);
  const out: Array<{ line: number; text: string; excepted: boolean }> = [];
  let inFrontmatter = lines[0] === '---';
  let inCode = false;
  lines.forEach((raw, i) => {
    if (i === 0 && inFrontmatter) return;
    if (inFrontmatter) {
      if (raw === '---') inFrontmatter = false;
      else if (!quotingKeys.test(raw)) out.push({ line: i + 1, text: raw.replace(/^\s*(?:-\s+)?[\w.]+\s*:/, ' ').replace(/\s#\s.*$/, ' '), excepted: raw.includes(exceptionMarker) });
      return;
    }
    if (/^\s*(```|~~~)/.test(raw)) inCode = !inCode;
    if (inCode || /^\s*(import|export)\s/.test(raw)) return;
    const cleaned = raw
      .replace(/`[^`]*`/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/\{\/\*.*?\*\/\}|<!--.*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(factDirective, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/^\s*\d+\.\s/, ' ');
    out.push({ line: i + 1, text: cleaned, excepted: raw.includes(exceptionMarker) });
  });
  return out;
}

/** Full-width digits and commas as people also type them: ２５３ → 253. */
function halfWidth(text: string): string {
  return text.replace(/[０-９，．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** True when a number standing here is a year, date, time, ordinal, list number or part of a name. */
function notAFigure(digits: string, before: string, after: string, lang: Lang): boolean {
  const plain = digits.replace(/,/g, '');
  if (/^\d{4}$/.test(plain) && Number(plain) >= 1900 && Number(plain) <= 2100) return true;
  if (/[A-Za-z_\-./:#№]$/.test(before) && !/(^|\s)(?:about|approx\.|around|over|some|nearly|almost|than|of|to|and|or|by|at|in|from|with|the|¥|US\$|\$)$/i.test(before.trimEnd()) && !/\s$/.test(before)) return true;
  if (/(?:FY|No\.?\s?|令和|平成|昭和|第|Scope\s?|scope\s?|Phase\s?|phase\s?)$/.test(before)) return true;
  if (/^(?:[-/:]\d|年(?!間)|月|日|時|分|秒|号|条|位|番|次|期|歳|代|世紀|階|丁目|周年|回目|つ目|人目|社目|st\b|nd\b|rd\b|th\b)/.test(after)) return true;
  if (lang === 'en' && new RegExp(`^\\s?(?:and|to|–|-)\\s?\\d{1,2}\\s(?:${months})\\b`).test(after)) return true;
  if (lang === 'en' && (new RegExp(`(?:${months})\\s$`).test(before) || new RegExp(`^\\s(?:${months})\\b`).test(after))) return true;
  return false;
}

/** Every number a reader would take as a figure, in one language's prose. */
export function proseNumbers(text: string, lang: Lang): ProseNumber[] {
  const found: ProseNumber[] = [];
  for (const { line, text: raw, excepted } of proseLines(text)) {
    const t = halfWidth(raw);
    const number = lang === 'ja' ? /(?:\d[\d,]*(?:\.\d+)?[兆億万](?=\d))*\d[\d,]*(?:\.\d+)?/g : /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
    for (const m of t.matchAll(number)) {
      const digits = m[0];
      const start = m.index;
      let end = start + digits.length;
      const before = t.slice(Math.max(0, start - 12), start);
      let rest = t.slice(end);
      if (notAFigure(digits, before, rest, lang)) continue;
      let multiplier = 1;
      let word = '';
      // 「6割」 is 60%; 「590〜680億円」 and "590–680 billion" put the multiplier after the range.
      const ja = rest.match(/^(?:[〜～~–-][\d,.]+)?(百万|[千万億兆割])/);
      const en = rest.match(/^(?:\s?(?:–|-|to)\s?[\d,.]+)?\s?(thousand|million|billion|trillion)\b/);
      if (ja && ja[0] === ja[1]) [word, multiplier] = [ja[0], lookup(jaUnitMultipliers, ja[1])];
      else if (ja) multiplier = lookup(jaUnitMultipliers, ja[1]);
      else if (en && /^\s?[a-z]/.test(rest)) [word, multiplier] = [en[0], lookup(enMultipliers, en[1])];
      else if (en) multiplier = lookup(enMultipliers, en[1]);
      end += word.length;
      rest = t.slice(end);
      // 「92万1,241」: the parts of a Japanese number add up.
      const parts = [...digits.matchAll(/([\d,]+(?:\.\d+)?)([兆億万]?)/g)];
      const last = defined(parts.at(-1)?.[1], `the last part of ${digits}`);
      const higher = parts.slice(0, -1).reduce((sum, p) => sum + Number(p[1]?.replace(/,/g, '')) * lookup(jaMultipliers, p[2]), 0);
      const value = higher + Number(last.replace(/,/g, '')) * multiplier;
      const decimals = last.split('.')[1]?.length ?? 0;
      const trailingZeros = decimals > 0 ? 0 : (/0*$/.exec(last.replace(/,/g, ''))?.[0].length ?? 0); // `0*$` matches every string
      const precision = multiplier * 10 ** (trailingZeros - decimals);
      found.push({ line, written: digits + word, value, precision, after: rest.slice(0, 24), before, multiplied: multiplier > 1 || parts.length > 1, excepted });
    }
    // "ten years", "twelve members": the few numbers of 10 or more that English spells out.
    if (lang === 'en') {
      for (const m of t.matchAll(/\b(ten|eleven|twelve|twenty|thirty|fifty|hundred)\b/gi)) {
        const value = lookup({ ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, fifty: 50, hundred: 100 }, m[1]?.toLowerCase());
        found.push({ line, written: m[0], value, precision: 1, after: t.slice(m.index + m[0].length).slice(0, 24), before: '', multiplied: false, excepted });
      }
    }
  }
  return found;
}

