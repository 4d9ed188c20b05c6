/**
 * Search, on top of Pagefind: keywords and synonyms indexed with each page (this file), the
 * normalisation of what people type (normalize-query.ts: full-width ＣＯ２ finds CO2), the filters
 * of the search page (filters.ts) and the glossary definition shown above results (definitions.ts).
 *
 * Search keywords of a page: the words, in both languages, that a reader may type to find it but
 * that its text may not contain. SitePage indexes them as Pagefind metadata (`keywords`), which is
 * searched with the body but never shown; src/config/search.mjs sets its ranking weight.
 *
 * Two sources, keywords only, never facts:
 * - the page's own keywords (a glossary entry's aliases and reading);
 * - the synonym groups below: when the page's title or keywords mention any word of a group, the
 *   whole group is added in both languages. This is what lets a Japanese query on an English page
 *   (and the reverse) find the page on the same subject, since Pagefind keeps one index per language.
 *
 * A group belongs here when its words name the same thing for a reader. Words that appear in almost
 * every title (GX, 北九州) are left out, or every page would match them.
 */

export interface SynonymGroup {
  ja: string[];
  en: string[];
}

export const synonymGroups: SynonymGroup[] = [
  // energy and projects
  { ja: ['水素'], en: ['hydrogen'] },
  { ja: ['水素拠点', '水素供給拠点'], en: ['hydrogen hub'] },
  { ja: ['アンモニア'], en: ['ammonia'] },
  { ja: ['拠点'], en: ['hub'] },
  { ja: ['響灘', 'ひびき', '響灘臨海部'], en: ['Hibikinada', 'Hibiki'] },
  { ja: ['洋上風力', '洋上風力発電', '風力', '風力発電', 'ウインドファーム', 'ウィンドファーム', '風車'], en: ['offshore wind', 'wind power', 'wind farm', 'wind turbine'] },
  { ja: ['基地港湾', '拠点港湾'], en: ['base port'] },
  { ja: ['e-メタン', 'eメタン', 'イーメタン', '合成メタン', 'メタネーション'], en: ['e-methane', 'synthetic methane', 'methanation'] },
  { ja: ['グリーンLPガス', 'LPガス', 'LPG', 'グリーンLPG'], en: ['green LP gas', 'LP gas', 'LPG', 'green LPG'] },
  { ja: ['熱マネジメント', '熱融通', '排熱', '廃熱'], en: ['heat management', 'heat sharing', 'waste heat', 'HaaS'] },
  { ja: ['再エネ', '再生可能エネルギー'], en: ['renewable energy', 'renewables'] },
  { ja: ['省エネ', '省エネルギー'], en: ['energy saving', 'energy efficiency'] },
  // climate words
  { ja: ['脱炭素', '脱炭素化', 'カーボンニュートラル', '実質ゼロ', 'ネットゼロ'], en: ['decarbonization', 'decarbonisation', 'carbon neutral', 'carbon neutrality', 'net zero'] },
  { ja: ['脱炭素先行地域'], en: ['decarbonization leading area'] },
  { ja: ['CO2', '二酸化炭素', 'CO2排出量'], en: ['CO2', 'carbon dioxide', 'CO2 emissions'] },
  { ja: ['温室効果ガス'], en: ['greenhouse gas', 'GHG'] },
  { ja: ['排出係数'], en: ['emission factor'] },
  { ja: ['可視化', '見える化'], en: ['visualization', 'visualisation'] },
  { ja: ['オフセット', 'クレジット'], en: ['offset', 'credits'] },
  { ja: ['ゼロカーボンシティ'], en: ['zero carbon city'] },
  { ja: ['グリーン成長戦略'], en: ['green growth strategy'] },
  { ja: ['エコタウン'], en: ['Eco-Town'] },
  { ja: ['温対法', '地球温暖化対策推進法', '算定・報告・公表制度', 'SHK'], en: ['SHK', 'GHG reporting'] },
  // the consortium and its support
  { ja: ['補助金', '助成金', '補助', '助成'], en: ['subsidy', 'subsidies', 'grant', 'grants', 'funding'] },
  { ja: ['相談窓口', 'ワンストップ', '相談'], en: ['consultation desk', 'one-stop', 'consultation', 'advice'] },
  { ja: ['部会', 'ワーキンググループ', 'WG'], en: ['working group', 'working groups', 'WG'] },
  { ja: ['未来共創'], en: ['future co-creation'] },
  { ja: ['次世代燃料'], en: ['next-generation fuels'] },
  { ja: ['カーボンリサイクル'], en: ['carbon recycling'] },
  { ja: ['ビジネススクール', '講座', '人材育成'], en: ['business school', 'course', 'training', 'executive education'] },
  { ja: ['産学官金'], en: ['industry academia government finance'] },
  { ja: ['エコニパス', 'EcoNiPass'], en: ['EcoNiPass'] },
  { ja: ['計算', '計算ツール', '試算'], en: ['calculator', 'estimator'] },
  { ja: ['取組事例', '事例'], en: ['case study', 'case studies'] },
  { ja: ['投資家', '投資'], en: ['investors', 'investment'] },
  { ja: ['会員企業', '会員', '入会'], en: ['member companies', 'members', 'membership'] },
  { ja: ['オープンデータ', 'データ'], en: ['open data', 'data'] },
  { ja: ['用語集', '用語'], en: ['glossary'] },
  { ja: ['クリーンガス証書'], en: ['clean gas certificates'] },
  { ja: ['デンソー'], en: ['DENSO'] },
];

/**
 * The main page about a thing that also has a glossary entry. The glossary entry says what the word
 * means; a reader who types the name (EcoNiPass, 部会, ワンストップ, consultation) wants the page
 * about the thing itself, so that page gets the names as a `subject` (weighted above the title in
 * src/config/search.mjs) and ranks first, with the glossary entry close behind. Keyed by the page's
 * path without the `/en` prefix; the words of both languages go to both pages.
 */
export const subjects: Record<string, string[]> = {
  '/support/co2-visualization/': ['EcoNiPass', 'エコニパス', 'CO2見える化', 'CO2可視化'],
  '/support/consultation/': ['ワンストップ', 'ワンストップ相談窓口', '相談窓口', '相談', 'one-stop', 'consultation', 'consultation desk'],
  '/working-groups/': ['部会', 'working group', 'working groups', 'WG'],
  '/projects/green-lp-gas/': ['グリーンLPガス', 'green LP gas', 'green LPG'],
  '/projects/e-methane/': ['e-メタン', 'eメタン', 'e-methane', 'メタネーション', 'methanation'],
  '/projects/heat-management/': ['熱マネジメント', 'heat management', '排熱', '廃熱', 'waste heat'],
  '/investors/': ['投資', '投資家', '投資先', 'invest', 'investment', 'investors', 'investor'],
  '/projects/yawata-electric-arc-furnace/': ['電炉', '電気炉', 'electric arc furnace', 'EAF', '日本製鉄', 'Nippon Steel'],
  '/projects/hibiki-offshore-wind/': ['響灘洋上ウインドファーム', '洋上風力', 'offshore wind', 'Hibiki offshore wind farm'],
};

/** The subject words of the page at `path` (with or without the `/en` prefix), written for the index. */
export function subjectWords(path: string): string[] {
  const bare = path.replace(/^\/en(?=\/)/, '');
  return indexWords(subjects[bare] ?? []);
}

const latin = /^[\p{Script=Latin}\d\s\-–.%&]+$/u;
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A test for one term, compiled once: Latin terms as whole words ignoring case, others as a
 * substring of the lower-cased text. Every page checks every synonym group, so the patterns and
 * lower-cased terms are made once, not per page (a large build spent 4% of its time here).
 */
type Matcher = (text: string, lower: string) => boolean;
function matcher(term: string): Matcher {
  if (latin.test(term)) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\-–]+/g, '[\\s\\-–]+');
    const pattern = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'iu');
    return (text) => pattern.test(text);
  }
  const lowerTerm = term.toLowerCase();
  return (_, lower) => lower.includes(lowerTerm);
}
const groupMatchers = synonymGroups.map((group) => {
  const terms = [...group.ja, ...group.en];
  return { terms, matchers: terms.map(matcher) };
});

/** Whether `text` mentions `term`: Latin terms as whole words ignoring case, others as they are written. */
export function mentions(text: string, term: string): boolean {
  return matcher(term)(text, text.toLowerCase());
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * The words to index for a list of phrases, written the way Pagefind will read queries.
 *
 * Workaround for Pagefind issue #1237: Pagefind splits Japanese body text with a dictionary when it
 * builds the index but splits queries with the browser's Intl.Segmenter, and the two disagree on
 * compounds (the index may hold 新 + 幹線 while the query asks for 新幹線, which then matches
 * anything with 新). Metadata is split only at spaces, so each Japanese phrase is indexed here both
 * whole (what Intl.Segmenter keeps as one word, and what an English page's query is, unsplit) and
 * in Intl.Segmenter's words (what a Japanese page's query becomes): 洋上風力 → 洋上風力 洋上 風力.
 */
export function indexWords(phrases: string[]): string[] {
  const words = new Set<string>();
  const add = (word: string) => {
    // Pagefind drops punctuation from queries (e-methane → emethane, 100% → 100), so the index does too.
    const clean = word.replace(/\p{P}/gu, '').toLowerCase();
    if (clean.length > 0) words.add(clean);
  };
  for (const phrase of phrases) {
    for (const word of phrase.split(/[\s、，,・／/（）()「」]+/u)) {
      if (word.length === 0) continue;
      add(word);
      // A hyphenated word is also typed as its parts (e-methane → e, methane).
      if (/[-–]/.test(word)) word.split(/[-–]+/).forEach(add);
      if (cjk.test(word)) {
        // Single characters are left out: they would match far too much (see the issue).
        for (const { segment, isWordLike } of segmenter.segment(word)) if (isWordLike && [...segment].length > 1) add(segment);
      }
    }
  }
  return [...words];
}

/** The search keywords of a page, from its title and its own keywords, expanded with synonyms. */
export function searchKeywords(page: { title: string; keywords?: readonly string[] }): string[] {
  const own = (page.keywords ?? []).filter((k) => k.trim().length > 0);
  const sources = [page.title, ...own];
  const phrases = [...own];
  const texts = sources.map((text) => [text, text.toLowerCase()] as const);
  for (const { terms, matchers } of groupMatchers) {
    if (matchers.some((m) => texts.some(([text, lower]) => m(text, lower)))) phrases.push(...terms);
  }
  return indexWords(phrases);
}
