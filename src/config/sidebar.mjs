// The sidebar, in Japanese with English translations. Starlight prefixes each `link` with the
// locale (`/en/...`), so one list serves both languages.
/** @param {string} label @param {string} en @param {string} link */
const item = (label, en, link) => ({ label, translations: { en }, link });

export const sidebar = [
  {
    label: 'コンソーシアム',
    translations: { en: 'The consortium' },
    items: [
      item('ホーム', 'Home', '/'),
      item('コンソーシアムについて', 'About', '/about/'),
      item('部会', 'Working groups', '/working-groups/'),
      item('数字で見る', 'In figures', '/metrics/'),
      item('オープンデータ', 'Open data', '/data/'),
      item('ニュース', 'News', '/news/'),
      item('用語集', 'Glossary', '/glossary/'),
      item('サイト内検索', 'Search', '/search/'),
      item('問い合わせ先', 'Contact', '/contact/'),
    ],
  },
  {
    label: 'プロジェクト',
    translations: { en: 'Projects' },
    items: [
      item('プロジェクト一覧', 'All projects', '/projects/'),
      item('投資家の方へ', 'For investors', '/investors/'),
    ],
  },
  {
    label: '会員企業の方へ',
    translations: { en: 'For member companies' },
    items: [
      item('はじめの一歩', 'Getting started', '/members/'),
      item('CO2排出量計算ツール', 'CO2 calculator', '/tools/co2/'),
      item('CO2排出量の記録帳', 'CO2 workbook', '/tools/co2/workbook/'),
      item('グリーンLPガス原料の試算', 'Green LP gas estimator', '/tools/green-lpg/'),
      item('支援メニュー', 'Support', '/support/'),
      item('補助金', 'Subsidies', '/subsidies/'),
      item('補助金の申請条件チェック', 'Subsidy checker', '/tools/subsidy-check/'),
      item('GXエグゼクティブビジネススクール', 'GX Executive Business School', '/business-school/'),
      item('企業の取組事例', 'Case studies', '/case-studies/'),
    ],
  },
];
