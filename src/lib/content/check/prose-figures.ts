/**
 * Figures typed into prose. Two rules, checked before every build (site.ts):
 *
 * 1. A number that a dataset in data/metrics/ holds, written with that dataset's unit nearby
 *    (「253社」, "21 consultations", 「約17万世帯」, "¥590 billion"), must come from the dataset through
 *    `:fig{metric="…" x="…"}` (`<Fig metric="…" x="…" />` in MDX), so that the prose follows when the
 *    dataset changes.
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
import { defined } from '../../defined';
import type { CheckedEntry } from './entry';
import { enMultipliers, exceptionMarker, proseNumbers, type Lang, type ProseNumber } from './prose-numbers';

export { exceptionMarker, proseNumbers };

/** The file and its whole text: path `content/<collection>/<ja|en>/<id>.md(x)`. */
export type ProseFile = Pick<CheckedEntry, 'file' | 'text'>;

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

/** The multiplier a unit starts with (億円 → 1e8, 100 million yen → 1e8) and the unit words after it. */
function unitParts(unit: string, lang: Lang): { multiplier: number; words: string[] } {
  if (lang === 'ja') {
    const m = /^(百万|千|万|億)?(.*)$/.exec(unit) ?? []; // matches every one-line unit
    const multiplier = { 百万: 1e6, 千: 1e3, 万: 1e4, 億: 1e8 }[m[1] ?? ''] ?? 1;
    const words = ((m[2] ?? '').split(/[（(]/)[0] ?? '').split('・').map((w) => w.trim()).filter(Boolean); // split gives at least one part
    // 人 is also counted with 名 (「9名」).
    return { multiplier, words: words.flatMap((w) => (w === '人' ? ['人', '名'] : [w])) };
  }
  let rest = unit;
  let multiplier = 1;
  for (;;) {
    const m = rest.match(/^([\d,]+|thousand|million|billion)\s+/);
    if (!m) break;
    const [, word = ''] = m; // the one group always takes part in the match
    multiplier *= /\d/.test(word) ? Number(word.replace(/,/g, '')) : defined(enMultipliers[word], `the multiplier "${word}"`);
    rest = rest.slice(m[0].length);
  }
  const first = rest.split(/\s+/)[0] ?? ''; // split gives at least one part
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

/**
 * What an amount of yen is, by the words around it. A number on a line that says what kind of
 * amount it is (a grant's cap, a project's cost) is not a dataset's value of another kind that happens
 * to be equal (a subsidy cap typed as 47,672千円 is not the consortium's budget): prose is matched on
 * unit and kind, not on the number alone. A line that names no kind is matched on the unit.
 */
const yenKinds: Record<string, RegExp> = {
  budget: /予算|budget/i,
  investment: /投資|invest/i,
  grant: /上限|補助|助成|交付|cap\b|grant|subsid/i,
  cost: /事業費|費用|経費|cost/i,
};
function otherKind(line: string, p: DatasetPoint): boolean {
  if (!p.title || !/円|yen/.test(p.unit.ja + p.unit.en)) return false;
  const title = `${p.title?.ja ?? ''} ${p.title?.en ?? ''}`;
  const kinds = Object.entries(yenKinds).filter(([, re]) => re.test(line));
  return kinds.length > 0 && !kinds.some(([, re]) => re.test(title));
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
      const line = lines[n.line - 1] ?? ''; // n.line counts the lines of this same text
      return sameValue(n, p.value * unit.multiplier) && unitNearby(n, unit.words, lang) && aboutTheDataset(line, p, lang) && !otherKind(line, p);
    });
    if (hit) {
      const attributes = `metric="${hit.metric}" x="${hit.x}"${hit.series ? ` series="${hit.series}"` : ''}`;
      const fig = file.file.endsWith('.mdx') ? `<Fig ${attributes} />` : `:fig{${attributes}}`;
      problems.push({
        file: file.file,
        line: n.line,
        message: `"${n.written}" is typed, but data/metrics/${hit.metric}.json holds it (x "${hit.x}"): write ${fig} (or mark an intended exception with ${exceptionMarker})`,
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
