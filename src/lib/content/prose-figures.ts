/**
 * Figures typed into prose. Two rules, checked before every build (scripts/check-prose.ts):
 *
 * 1. A number that a dataset in data/metrics/ holds, written with that dataset's unit nearby
 *    (「253社」, "21 consultations", 「約17万世帯」, "¥590 billion"), must come from the dataset through
 *    `<Fig metric="…" x="…" />`, so that the prose follows when the dataset changes.
 * 2. The Japanese and English twins of an entry state the same numbers in their prose: a number of
 *    10 or more in one twin that the other never states is reported. Numbers compare by value, so
 *    「約1,700億円」 and "¥170 billion" agree, and 「92万1,241人」 and "921,241 people". Numbers below
 *    10 are not compared: English spells them out ("six sessions") and Japanese counts them in kanji.
 *
 * Not figures, never reported: years (1900–2100 written bare, 2024年, FY2024, 令和6年度), dates and
 * times, ordinals (第2回, 2nd), list numbering, numbers inside names (CO2, Scope 1, No.3316), and
 * anything in frontmatter fields that quote or identify (source titles, URLs, ids, dates).
 * A line that carries the marker `prose-figure-ok` (in an MDX or HTML comment, or a YAML
 * `#` comment in frontmatter) is not checked against the datasets: an intended exception, such
 * as a source's own words quoted or a range written the way people read it. Its numbers are still
 * compared with the twin.
 */

export interface ProseFile {
  /** Path from the project root, `content/<collection>/<ja|en>/<id>.md(x)`. */
  file: string;
  text: string;
}

/** One value of a dataset with its unit, as data/metrics/<metric>.json has it. */
export interface DatasetPoint {
  metric: string;
  x: string;
  series?: string;
  value: number;
  unit: { ja: string; en: string };
  /** The dataset's title: a percentage counts only on a line that also says what it is a share of. */
  title?: { ja: string; en: string };
  /**
   * Other words prose may put after the number for this dataset (the schema's `proseUnits`), besides
   * the unit and the nouns its Japanese counter stands for: "requests" for consultations.
   */
  proseUnits?: { ja?: string[]; en?: string[] };
}

export interface ProseProblem {
  file: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
}

type Lang = 'ja' | 'en';

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
const enMultipliers: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
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
      const start = m.index!;
      let end = start + digits.length;
      const before = t.slice(Math.max(0, start - 12), start);
      let rest = t.slice(end);
      if (notAFigure(digits, before, rest, lang)) continue;
      let multiplier = 1;
      let word = '';
      // 「6割」 is 60%; 「590〜680億円」 and "590–680 billion" put the multiplier after the range.
      const ja = rest.match(/^(?:[〜～~–-][\d,.]+)?(百万|[千万億兆割])/);
      const en = rest.match(/^(?:\s?(?:–|-|to)\s?[\d,.]+)?\s?(thousand|million|billion|trillion)\b/);
      if (ja && ja[0] === ja[1]) [word, multiplier] = [ja[1]!, jaUnitMultipliers[ja[1]!]!];
      else if (ja) multiplier = jaUnitMultipliers[ja[1]!]!;
      else if (en && /^\s?[a-z]/.test(rest)) [word, multiplier] = [en[0], enMultipliers[en[1]!]!];
      else if (en) multiplier = enMultipliers[en[1]!]!;
      end += word.length;
      rest = t.slice(end);
      // 「92万1,241」: the parts of a Japanese number add up.
      const parts = [...digits.matchAll(/([\d,]+(?:\.\d+)?)([兆億万]?)/g)];
      const last = parts.at(-1)![1]!;
      const higher = parts.slice(0, -1).reduce((sum, p) => sum + Number(p[1]!.replace(/,/g, '')) * jaMultipliers[p[2]!]!, 0);
      const value = higher + Number(last.replace(/,/g, '')) * multiplier;
      const decimals = last.split('.')[1]?.length ?? 0;
      const trailingZeros = decimals > 0 ? 0 : last.replace(/,/g, '').match(/0*$/)![0].length;
      const precision = multiplier * 10 ** (trailingZeros - decimals);
      found.push({ line, written: digits + word, value, precision, after: rest.slice(0, 24), before, multiplied: multiplier > 1 || parts.length > 1, excepted });
    }
    // "ten years", "twelve members": the few numbers of 10 or more that English spells out.
    if (lang === 'en') {
      for (const m of t.matchAll(/\b(ten|eleven|twelve|twenty|thirty|fifty|hundred)\b/gi)) {
        const value = { ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, fifty: 50, hundred: 100 }[m[1]!.toLowerCase()]!;
        found.push({ line, written: m[0], value, precision: 1, after: t.slice(m.index! + m[0].length).slice(0, 24), before: '', multiplied: false, excepted });
      }
    }
  }
  return found;
}

/** The multiplier a unit starts with (億円 → 1e8, 100 million yen → 1e8) and the unit words after it. */
function unitParts(unit: string, lang: Lang): { multiplier: number; words: string[] } {
  if (lang === 'ja') {
    const m = unit.match(/^(百万|千|万|億)?(.*)$/)!;
    const multiplier = { 百万: 1e6, 千: 1e3, 万: 1e4, 億: 1e8 }[m[1] ?? ''] ?? 1;
    const words = m[2]!.split(/[（(]/)[0]!.split('・').map((w) => w.trim()).filter(Boolean);
    // 人 is also counted with 名 (「9名」).
    return { multiplier, words: words.flatMap((w) => (w === '人' ? ['人', '名'] : [w])) };
  }
  let rest = unit;
  let multiplier = 1;
  for (;;) {
    const m = rest.match(/^([\d,]+|thousand|million|billion)\s+/);
    if (!m) break;
    multiplier *= /\d/.test(m[1]!) ? Number(m[1]!.replace(/,/g, '')) : enMultipliers[m[1]!]!;
    rest = rest.slice(m[0].length);
  }
  const first = rest.split(/\s+/)[0]!;
  return { multiplier, words: first === 'yen' ? ['yen', '¥'] : [first] };
}

/**
 * English nouns a count may be written with, by the Japanese counter of the dataset's unit: the
 * English unit names one noun ("members"), but prose also says "253 participating companies".
 */
const countNouns: Record<string, string[]> = {
  社: ['companies', 'firms', 'businesses', 'members', 'organizations', 'organisations', 'participants'],
  団体: ['organizations', 'organisations', 'groups', 'members'],
  件: ['cases', 'requests', 'enquiries', 'inquiries', 'consultations', 'applications'],
  人: ['people', 'persons', 'staff', 'members', 'residents', 'inhabitants'],
  名: ['people', 'persons', 'staff', 'members'],
  世帯: ['households', 'homes'],
  基: ['turbines', 'units'],
  施設: ['facilities', 'sites', 'buildings'],
};

/** English words for a unit that prose spells out: "930,000 tonnes", "220 megawatts". */
const unitNouns: Record<string, string[]> = {
  't-CO2': ['tonnes', 'tons'],
  't-CO2e': ['tonnes', 'tons'],
  MW: ['megawatts'],
};

/** The words that may follow a number of this dataset in prose of this language. */
function proseWords(p: DatasetPoint, lang: Lang): { multiplier: number; words: string[] } {
  const unit = unitParts(p.unit[lang], lang);
  const derived = lang === 'en' ? [...unitParts(p.unit.ja, 'ja').words.flatMap((w) => countNouns[w] ?? []), ...unit.words.flatMap((w) => unitNouns[w] ?? [])] : [];
  return { multiplier: unit.multiplier, words: [...new Set([...unit.words, ...derived, ...(p.proseUnits?.[lang] ?? [])])] };
}

/** True when the unit of the dataset is written next to the number. */
function unitNearby(n: ProseNumber, words: string[], lang: Lang): boolean {
  if (lang === 'ja') return words.some((w) => n.after.replace(/^[\s約]{0,2}/, '').startsWith(w));
  const stem = (w: string) => w.toLowerCase().replace(/(ies|es|s)$/, '').slice(0, 6);
  const next = n.after.split(/\s+/).filter(Boolean).slice(0, 3);
  return words.some((w) => {
    if (w === '¥') return /¥\s?$/.test(n.before);
    if (/^[%A-Za-z][A-Za-z0-9-]*$/.test(w) === false || w === '%') return n.after.trimStart().startsWith(w);
    return n.after.startsWith(w) || next.some((x) => stem(x.replace(/[^\w-]/g, '')) === stem(w));
  });
}

/**
 * A bare percentage is everywhere (「熱が約6割」, "60% of primary energy"), so a dataset in % is
 * matched only on a line that also uses a word of its title: a kanji word or an English word of
 * seven letters or more ("emissions", 「排出量」), the place name aside.
 */
function aboutTheDataset(line: string, p: DatasetPoint, lang: Lang): boolean {
  if (!p.unit[lang].startsWith('%') || !p.title) return true;
  const words = lang === 'ja' ? (p.title.ja.match(/[\u4e00-\u9fff]{2,}/g) ?? []).filter((w) => !w.startsWith('北九州')) : (p.title.en.match(/[A-Za-z-]{7,}/g) ?? []).filter((w) => w !== 'Kitakyushu');
  const text = line.toLowerCase();
  return words.some((w) => text.includes(w.toLowerCase().replace(/s$/, '')));
}

/** True when the number as typed equals the value, allowing for the rounding its digits show. */
function sameValue(n: ProseNumber, value: number): boolean {
  if (Math.abs(n.value - value) < 1e-9 * Math.max(1, Math.abs(value))) return true;
  // Rounding only for numbers written with a multiplier (「約4,767万円」 for 47,672千円); a plain
  // "30%" is not the dataset's 31%.
  return n.multiplied && n.precision > 1 && Math.abs(Math.round(value / n.precision) * n.precision - n.value) < 1e-9 * Math.max(1, n.value) && Math.abs(value - n.value) < n.precision;
}

const langOf = (file: string): Lang | undefined => (/\/ja\//.test(file) ? 'ja' : /\/en\//.test(file) ? 'en' : undefined);

/** Rule 1: a dataset's value typed with its unit. */
function typedFigures(file: ProseFile, points: DatasetPoint[]): ProseProblem[] {
  const lang = langOf(file.file);
  if (!lang) return [];
  const problems: ProseProblem[] = [];
  const lines = file.text.split(/\r?\n/);
  for (const n of proseNumbers(file.text, lang)) {
    if (n.excepted) continue;
    const hit = points.find((p) => {
      // 100% is a phrase (RE100, 「100%再エネ」) far more often than a dataset's value.
      if (p.value === 100 && p.unit.en.startsWith('%')) return false;
      const unit = proseWords(p, lang);
      return sameValue(n, p.value * unit.multiplier) && unitNearby(n, unit.words, lang) && aboutTheDataset(lines[n.line - 1]!, p, lang);
    });
    if (hit) {
      const series = hit.series ? ` series="${hit.series}"` : '';
      problems.push({
        file: file.file,
        line: n.line,
        message: `"${n.written}" is typed, but data/metrics/${hit.metric}.json holds it (x "${hit.x}"): write <Fig metric="${hit.metric}" x="${hit.x}"${series} /> (or mark an intended exception with ${exceptionMarker})`,
      });
    }
  }
  return problems;
}

/** Rule 2: numbers in one twin that the other does not state. */
function twinMismatches(files: ProseFile[]): ProseProblem[] {
  const byPath = new Map(files.map((f) => [f.file, f]));
  const problems: ProseProblem[] = [];
  for (const ja of files.filter((f) => langOf(f.file) === 'ja')) {
    const en = byPath.get(ja.file.replace('/ja/', '/en/').replace(/\.mdx?$/, '.md')) ?? byPath.get(ja.file.replace('/ja/', '/en/').replace(/\.mdx?$/, '.mdx'));
    if (!en) continue;
    const jaNumbers = proseNumbers(ja.text, 'ja');
    const enNumbers = proseNumbers(en.text, 'en');
    const missing = (from: ProseNumber[], other: ProseNumber[], file: string, twin: string, twinLang: string) => {
      for (const n of from) {
        // Below 10, English spells numbers out and Japanese uses kanji or counters: not compared.
        if (n.value < 10) continue;
        if (other.some((o) => sameValue(o, n.value) || sameValue(n, o.value))) continue;
        problems.push({ file, line: n.line, message: `states "${n.written}" (${n.value}), which its ${twinLang} twin ${twin} never states: the twins must give the same numbers` });
      }
    };
    missing(jaNumbers, enNumbers, ja.file, en.file, 'English');
    missing(enNumbers, jaNumbers, en.file, ja.file, 'Japanese');
  }
  return problems;
}

/** Every problem of the prose of `files` against the dataset `points`, in file and line order. */
export function proseFigureProblems(files: ProseFile[], points: DatasetPoint[]): ProseProblem[] {
  return [...files.flatMap((f) => typedFigures(f, points)), ...twinMismatches(files)].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatProseProblems(problems: ProseProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}
