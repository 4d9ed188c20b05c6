/**
 * The unit of a dataset, written once per language (`unit: { ja: '万t-CO2', en: '10,000 t-CO2' }`),
 * read as a measure and a scale so that both languages can be required to name the same unit: a
 * unit changed in one language only would make the English page say 35.7 t-CO2 for 357,000 t.
 * Units that are not a measure (社, members, 件, consultations) are counts: their nouns differ
 * between the languages and are not compared.
 */

export interface Unit {
  /** What is measured: `yen`, `t-CO2`, `MW`, `kWh`, `%`. */
  measure: string;
  /** How many of the base unit one of this unit is: 千円 → 1000. */
  scale: number;
}

const jaScales: Record<string, number> = { '': 1, 千: 1e3, 万: 1e4, 百万: 1e6, 億: 1e8 };
const enScales: Record<string, number> = { '': 1, thousand: 1e3, '10,000': 1e4, million: 1e6, '100 million': 1e8, billion: 1e9 };
/** Spellings of each measure; t-CO2e and t-CO2 are the same measure as far as scale goes. */
const measures: Array<[RegExp, string]> = [
  [/^(?:円|yen|¥)/, 'yen'],
  [/^t-?CO2e?/i, 't-CO2'],
  [/^(?:MW|megawatts?)\b/, 'MW'],
  [/^(?:kW|kilowatts?)\b/, 'kW'],
  [/^kWh\b/, 'kWh'],
  [/^(?:%|％|percent)/, '%'],
];

/** The measure and scale a unit names, or undefined for a count noun (社, members). */
export function readUnit(unit: string, lang: 'ja' | 'en'): Unit | undefined {
  const scales = lang === 'ja' ? jaScales : enScales;
  const words = Object.keys(scales).filter(Boolean).sort((a, b) => b.length - a.length);
  for (const word of ['', ...words]) {
    const rest = lang === 'ja' ? unit.trim() : unit.trim().replace(/\s+/g, ' ');
    const prefix = lang === 'ja' ? word : word ? `${word} ` : '';
    if (!rest.startsWith(prefix)) continue;
    const tail = rest.slice(prefix.length);
    const scale = scales[word];
    if (scale !== undefined) for (const [re, measure] of measures) if (re.test(tail)) return { measure, scale };
  }
  return undefined;
}

const describe = (u: Unit | undefined) => (u ? `${u.scale === 1 ? '' : `${u.scale.toLocaleString('en')} `}${u.measure}` : 'a count of things');

/** Why the Japanese and English unit differ, or undefined when they name the same unit. */
export function unitMismatch(unit: { ja: string; en: string }): string | undefined {
  const ja = readUnit(unit.ja, 'ja');
  const en = readUnit(unit.en, 'en');
  if (ja?.measure === en?.measure && ja?.scale === en?.scale) return undefined;
  return `"${unit.en}" is ${describe(en)}, but unit.ja "${unit.ja}" is ${describe(ja)}: both languages must name the same unit`;
}
