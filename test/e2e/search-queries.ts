/**
 * Real queries for the site search, each with the page(s) a reader typing it is looking for; the
 * search regression suite measures how often one of them comes first (precision@1) and among the
 * first three results (precision@3).
 *
 * `lang` is the language of the page the reader searches from, and so of the index searched
 * (Pagefind keeps one index per language): a Japanese query with `lang: 'en'` is someone typing
 * Japanese on an English page, and must lead to the English page on the same subject.
 *
 * Expected pages are the ones about the subject, not merely ones that mention it. Where two pages
 * are equally right, both are listed. Where a thing has its own page and a glossary entry
 * (EcoNiPass, 部会, the one-stop desk), a reader typing its name wants the page about the thing:
 * only that page is expected (kind `glossary`), so the glossary entry coming first counts as a miss
 * at 1.
 * When adding a query, look at the built pages first and choose honestly; never loosen an
 * expectation to make the suite pass.
 */

export type QueryKind =
  | 'compound' // a Japanese compound, e.g. 洋上風力
  | 'part' // one part of a compound, e.g. 風力
  | 'katakana' // loanwords written in katakana
  | 'mixed' // Latin letters or digits with Japanese, e.g. LPガス, e-メタン
  | 'programme' // programme and institutional words, e.g. 補助率, 相談窓口
  | 'synonym' // another name for the subject than the page uses
  | 'word' // an ordinary word or phrase in the page's language
  | 'cross' // a query in the other language than the page's
  | 'fullwidth' // typed as a Japanese keyboard gives it: full-width Latin and digits, half-width katakana, ー typed as a dash
  | 'glossary'; // the name of a thing that has both its own page and a glossary entry

export interface SearchQuery {
  /** Language of the page searched from (which index is searched). */
  lang: 'ja' | 'en';
  query: string;
  kind: QueryKind;
  /** URL paths, one of which should come first (and must be among the first three). */
  expect: string[];
}

const ja = (query: string, kind: QueryKind, ...expect: string[]): SearchQuery => ({ lang: 'ja', query, kind, expect });
const en = (query: string, kind: QueryKind, ...expect: string[]): SearchQuery => ({ lang: 'en', query, kind, expect: expect.map((p) => `/en${p}`) });

const subsidies = ['/subsidies/', '/subsidies/gx-promotion-2025/', '/subsidies/gx-promotion-2024/'];

export const queries: SearchQuery[] = [
  // Japanese, on Japanese pages
  ja('水素', 'part', '/projects/hydrogen-hub/'),
  ja('水素拠点', 'compound', '/projects/hydrogen-hub/'),
  ja('アンモニア', 'katakana', '/projects/hydrogen-hub/'),
  ja('風力', 'part', '/projects/hibiki-offshore-wind/'),
  ja('洋上風力', 'compound', '/projects/hibiki-offshore-wind/'),
  ja('洋上風力発電', 'compound', '/projects/hibiki-offshore-wind/'),
  ja('基地港湾', 'compound', '/glossary/offshore-wind-base-port/'),
  ja('響灘', 'word', '/projects/hibiki-offshore-wind/', '/projects/hydrogen-hub/'),
  ja('メタネーション', 'katakana', '/projects/e-methane/', '/glossary/e-methane/'),
  ja('e-メタン', 'mixed', '/projects/e-methane/', '/glossary/e-methane/'),
  ja('eメタン', 'mixed', '/projects/e-methane/', '/glossary/e-methane/'),
  ja('合成メタン', 'compound', '/glossary/e-methane/', '/projects/e-methane/'),
  ja('グリーンLPガス', 'mixed', '/projects/green-lp-gas/', '/glossary/green-lp-gas/'),
  ja('LPガス', 'mixed', '/projects/green-lp-gas/', '/glossary/green-lp-gas/', '/tools/green-lpg/'),
  ja('エコニパス', 'glossary', '/support/co2-visualization/'),
  ja('ビジネススクール', 'katakana', '/business-school/'),
  ja('人材育成', 'synonym', '/business-school/'),
  ja('補助金', 'programme', ...subsidies),
  ja('補助率', 'programme', ...subsidies),
  ja('相談窓口', 'glossary', '/support/consultation/'),
  ja('ワンストップ', 'glossary', '/support/consultation/'),
  ja('部会', 'glossary', '/working-groups/'),
  ja('未来共創部会', 'compound', '/working-groups/future-co-creation/'),
  ja('次世代燃料', 'compound', '/working-groups/next-generation-fuels/'),
  ja('脱炭素先行地域', 'compound', '/glossary/decarbonization-leading-area/'),
  ja('カーボンニュートラル', 'katakana', '/glossary/carbon-neutral/'),
  ja('脱炭素', 'synonym', '/glossary/carbon-neutral/', '/glossary/decarbonization-leading-area/'),
  ja('GX', 'mixed', '/glossary/gx/', '/about/', '/'),
  ja('グリーントランスフォーメーション', 'katakana', '/glossary/gx/'),
  ja('CO2', 'mixed', '/tools/co2/', '/support/co2-visualization/'),
  ja('CO2排出量', 'mixed', '/tools/co2/', '/support/co2-visualization/'),
  ja('排出係数', 'compound', '/glossary/emission-factor/'),
  ja('スコープ3', 'mixed', '/glossary/scope-3/'),
  ja('代替値', 'compound', '/glossary/substitute-emission-factor/'),
  ja('熱マネジメント', 'mixed', '/projects/heat-management/'),
  ja('排熱', 'synonym', '/projects/heat-management/'),
  ja('廃熱', 'synonym', '/projects/heat-management/'),
  ja('産学官金', 'compound', '/glossary/sankangakukin/'),
  ja('クリーンガス証書', 'compound', '/case-studies/e-methane-certificates/'),
  ja('デンソー', 'katakana', '/case-studies/denso-kyushu/'),
  ja('オフセット', 'katakana', '/case-studies/gx-day-offset/'),
  ja('エコタウン', 'katakana', '/glossary/eco-town/'),
  ja('ゼロカーボンシティ', 'katakana', '/glossary/zero-carbon-city/'),
  ja('再エネ100%', 'mixed', '/glossary/re100-kitakyushu-model/'),
  ja('グリーン成長戦略', 'compound', '/glossary/green-growth-strategy/'),
  ja('温対法', 'synonym', '/glossary/shk-system/'),
  ja('投資家', 'word', '/investors/'),
  ja('投資', 'synonym', '/investors/'),
  ja('投資先', 'synonym', '/investors/'),
  ja('電炉', 'compound', '/projects/yawata-electric-arc-furnace/'),
  ja('電気炉', 'synonym', '/projects/yawata-electric-arc-furnace/'),
  ja('日本製鉄', 'compound', '/projects/yawata-electric-arc-furnace/'),
  ja('八幡', 'word', '/projects/yawata-electric-arc-furnace/'),
  ja('人口', 'word', '/metrics/population/'),
  ja('オープンデータ', 'katakana', '/data/'),
  ja('合成メタンの価格', 'word', '/glossary/e-methane/', '/projects/e-methane/'),
  // Intl.Segmenter keeps these whole, the index splits them (Pagefind issue #1237)
  ja('省エネ', 'compound', '/case-studies/denso-kyushu/', '/support/consultation/'),
  ja('二酸化炭素', 'synonym', '/tools/co2/', '/support/co2-visualization/', '/glossary/emission-factor/'),
  ja('二酸化炭素排出量', 'synonym', '/tools/co2/', '/support/co2-visualization/'),
  ja('見える化', 'synonym', '/support/co2-visualization/', '/glossary/econipass/'),
  ja('西部ガス', 'compound', '/projects/e-methane/'),
  ja('ひびきLNG基地', 'mixed', '/projects/e-methane/', '/case-studies/e-methane-certificates/'),
  ja('伊藤忠', 'word', '/projects/hydrogen-hub/'),
  ja('若松区', 'word', '/case-studies/heat-sharing-wakamatsu/'),
  ja('申請', 'programme', ...subsidies),
  ja('専門家', 'programme', '/support/consultation/', '/glossary/one-stop-desk/'),
  ja('会員数', 'compound', '/members/', '/metrics/'),

  // English, on English pages
  en('hydrogen', 'word', '/projects/hydrogen-hub/'),
  en('hydrogen hub', 'word', '/projects/hydrogen-hub/'),
  en('ammonia', 'word', '/projects/hydrogen-hub/'),
  en('wind', 'word', '/projects/hibiki-offshore-wind/'),
  en('offshore wind', 'word', '/projects/hibiki-offshore-wind/'),
  en('wind farm', 'word', '/projects/hibiki-offshore-wind/'),
  en('base port', 'word', '/glossary/offshore-wind-base-port/'),
  en('Hibikinada', 'word', '/projects/hibiki-offshore-wind/', '/projects/hydrogen-hub/'),
  en('methanation', 'word', '/projects/e-methane/', '/glossary/e-methane/'),
  en('e-methane', 'word', '/projects/e-methane/', '/glossary/e-methane/'),
  en('synthetic methane', 'word', '/glossary/e-methane/', '/projects/e-methane/'),
  en('green LP gas', 'word', '/projects/green-lp-gas/', '/glossary/green-lp-gas/'),
  en('LPG', 'synonym', '/projects/green-lp-gas/', '/glossary/green-lp-gas/', '/tools/green-lpg/'),
  en('EcoNiPass', 'glossary', '/support/co2-visualization/'),
  en('business school', 'word', '/business-school/'),
  en('training', 'synonym', '/business-school/'),
  en('subsidy', 'word', ...subsidies),
  en('subsidy rate', 'word', ...subsidies),
  en('grant', 'synonym', ...subsidies),
  en('consultation desk', 'glossary', '/support/consultation/'),
  en('working group', 'glossary', '/working-groups/'),
  en('future co-creation', 'word', '/working-groups/future-co-creation/'),
  en('next-generation fuels', 'word', '/working-groups/next-generation-fuels/'),
  en('decarbonization leading area', 'word', '/glossary/decarbonization-leading-area/'),
  en('carbon neutral', 'word', '/glossary/carbon-neutral/'),
  en('decarbonisation', 'synonym', '/glossary/carbon-neutral/', '/glossary/decarbonization-leading-area/'),
  en('net zero', 'synonym', '/glossary/carbon-neutral/'),
  en('GX', 'word', '/glossary/gx/', '/about/', '/'),
  en('green transformation', 'word', '/glossary/gx/'),
  en('CO2', 'word', '/tools/co2/', '/support/co2-visualization/'),
  en('CO2 calculator', 'word', '/tools/co2/'),
  en('emission factor', 'word', '/glossary/emission-factor/'),
  en('Scope 3', 'word', '/glossary/scope-3/'),
  en('heat management', 'word', '/projects/heat-management/'),
  en('HaaS', 'word', '/glossary/haas/', '/projects/heat-management/'),
  en('waste heat', 'synonym', '/projects/heat-management/'),
  en('clean gas certificates', 'word', '/case-studies/e-methane-certificates/'),
  en('DENSO', 'word', '/case-studies/denso-kyushu/'),
  en('offset', 'word', '/case-studies/gx-day-offset/'),
  en('Eco-Town', 'word', '/glossary/eco-town/'),
  en('zero carbon city', 'word', '/glossary/zero-carbon-city/'),
  en('RE100', 'word', '/glossary/re100-kitakyushu-model/'),
  en('green growth strategy', 'word', '/glossary/green-growth-strategy/'),
  en('investors', 'word', '/investors/'),
  en('invest', 'synonym', '/investors/'),
  en('investment', 'synonym', '/investors/'),
  en('electric arc furnace', 'word', '/projects/yawata-electric-arc-furnace/'),
  en('EAF', 'synonym', '/projects/yawata-electric-arc-furnace/'),
  en('Nippon Steel', 'word', '/projects/yawata-electric-arc-furnace/'),
  en('Yawata', 'word', '/projects/yawata-electric-arc-furnace/'),
  en('steel', 'word', '/projects/yawata-electric-arc-furnace/'),
  en('population', 'word', '/metrics/population/'),
  en('open data', 'word', '/data/'),
  en('energy saving', 'word', '/case-studies/denso-kyushu/', '/support/consultation/'),
  en('carbon dioxide', 'synonym', '/tools/co2/', '/support/co2-visualization/', '/glossary/emission-factor/'),
  en('Saibu Gas', 'word', '/projects/e-methane/'),
  en('Hibiki LNG', 'word', '/projects/e-methane/', '/case-studies/e-methane-certificates/'),
  en('ITOCHU', 'word', '/projects/hydrogen-hub/'),
  en('Wakamatsu', 'word', '/case-studies/heat-sharing-wakamatsu/'),
  en('apply', 'word', ...subsidies),
  en('expert', 'word', '/support/consultation/', '/glossary/one-stop-desk/', '/case-studies/denso-kyushu/'),
  en('membership', 'word', '/members/'),

  // Across languages: a Japanese query on an English page, an English one on a Japanese page
  en('水素', 'cross', '/projects/hydrogen-hub/'),
  en('洋上風力', 'cross', '/projects/hibiki-offshore-wind/'),
  en('メタネーション', 'cross', '/projects/e-methane/', '/glossary/e-methane/'),
  en('グリーンLPガス', 'cross', '/projects/green-lp-gas/', '/glossary/green-lp-gas/'),
  en('補助金', 'cross', ...subsidies),
  en('相談窓口', 'cross', '/support/consultation/'),
  en('部会', 'cross', '/working-groups/'),
  en('脱炭素先行地域', 'cross', '/glossary/decarbonization-leading-area/'),
  en('ビジネススクール', 'cross', '/business-school/'),
  en('カーボンニュートラル', 'cross', '/glossary/carbon-neutral/'),
  en('省エネ', 'cross', '/case-studies/denso-kyushu/', '/support/consultation/'),
  // The emission-factor table (new this round) is a page about CO2 too, and ranks among the first three.
  en('二酸化炭素', 'cross', '/tools/co2/', '/support/co2-visualization/', '/glossary/emission-factor/', '/metrics/emission-factors/'),
  en('アンモニア', 'cross', '/projects/hydrogen-hub/'),
  en('熱マネジメント', 'cross', '/projects/heat-management/', '/glossary/haas/'),
  en('エコニパス', 'cross', '/support/co2-visualization/'),
  ja('hydrogen', 'cross', '/projects/hydrogen-hub/'),
  ja('offshore wind', 'cross', '/projects/hibiki-offshore-wind/'),
  ja('methanation', 'cross', '/projects/e-methane/', '/glossary/e-methane/'),
  ja('green LP gas', 'cross', '/projects/green-lp-gas/', '/glossary/green-lp-gas/'),
  ja('subsidy', 'cross', ...subsidies),
  ja('consultation', 'cross', '/support/consultation/'),
  ja('working group', 'cross', '/working-groups/'),
  ja('business school', 'cross', '/business-school/'),
  ja('carbon neutral', 'cross', '/glossary/carbon-neutral/'),
  ja('heat management', 'cross', '/projects/heat-management/'),
  ja('ammonia', 'cross', '/projects/hydrogen-hub/'),
  ja('energy saving', 'cross', '/case-studies/denso-kyushu/', '/support/consultation/'),
  ja('synthetic methane', 'cross', '/glossary/e-methane/', '/projects/e-methane/'),
  ja('investors', 'cross', '/investors/'),
  ja('investment', 'cross', '/investors/'),
  ja('waste heat', 'cross', '/projects/heat-management/'),
  ja('electric arc furnace', 'cross', '/projects/yawata-electric-arc-furnace/'),
  en('投資', 'cross', '/investors/'),
  en('排熱', 'cross', '/projects/heat-management/'),
  en('電炉', 'cross', '/projects/yawata-electric-arc-furnace/'),
  ja('decarbonization', 'cross', '/glossary/carbon-neutral/', '/glossary/decarbonization-leading-area/'),

  // Names of things with their own page and a glossary entry: the page about the thing comes first
  ja('EcoNiPass', 'glossary', '/support/co2-visualization/'),
  en('consultation', 'glossary', '/support/consultation/'),
  en('one-stop desk', 'glossary', '/support/consultation/'),
  en('ワンストップ', 'glossary', '/support/consultation/'),
  ja('WG', 'glossary', '/working-groups/'),
  en('部会', 'glossary', '/working-groups/'),
  ja('HaaS', 'glossary', '/glossary/haas/', '/projects/heat-management/'),
  ja('基地港湾とは', 'glossary', '/glossary/offshore-wind-base-port/'),
  ja('スコープ1', 'glossary', '/glossary/scope-1/'),
  en('Scope 2', 'glossary', '/glossary/scope-2/'),

  // As a Japanese keyboard or an old habit types them (normalised before searching)
  ja('ＣＯ２', 'fullwidth', '/tools/co2/', '/support/co2-visualization/'),
  en('ＣＯ２', 'fullwidth', '/tools/co2/', '/support/co2-visualization/'),
  ja('ＣＯ２排出量', 'fullwidth', '/tools/co2/', '/support/co2-visualization/'),
  ja('ＧＸ', 'fullwidth', '/glossary/gx/', '/about/', '/'),
  ja('ＬＰガス', 'fullwidth', '/projects/green-lp-gas/', '/glossary/green-lp-gas/', '/tools/green-lpg/'),
  ja('スコープ３', 'fullwidth', '/glossary/scope-3/'),
  ja('再エネ１００％', 'fullwidth', '/glossary/re100-kitakyushu-model/'),
  ja('ｴｺﾆﾊﾟｽ', 'fullwidth', '/support/co2-visualization/'),
  ja('ｱﾝﾓﾆｱ', 'fullwidth', '/projects/hydrogen-hub/'),
  ja('ﾋﾞｼﾞﾈｽｽｸｰﾙ', 'fullwidth', '/business-school/'),
  ja('カ－ボンニュ－トラル', 'fullwidth', '/glossary/carbon-neutral/'),
  ja('オ−プンデ−タ', 'fullwidth', '/data/'),
  en('ＤＥＮＳＯ', 'fullwidth', '/case-studies/denso-kyushu/'),
  en('ＲＥ１００', 'fullwidth', '/glossary/re100-kitakyushu-model/'),
  en('ｅ－ｍｅｔｈａｎｅ', 'fullwidth', '/projects/e-methane/', '/glossary/e-methane/'),
];
