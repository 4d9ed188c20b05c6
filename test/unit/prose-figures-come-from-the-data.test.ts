import { describe, expect, it } from 'vitest';
import { proseFigureProblems, proseNumbers, type DatasetPoint } from '../../src/lib/content/check/prose-figures';

const members: DatasetPoint = { metric: 'consortium-members', x: '2024-09', value: 253, unit: { ja: '社', en: 'members' } };
const households: DatasetPoint = { metric: 'hibiki-wind-households', x: '2026-01-09', value: 170000, unit: { ja: '世帯', en: 'households' } };
const budget: DatasetPoint = { metric: 'consortium-budget', x: 'FY2024', value: 47672, unit: { ja: '千円', en: 'thousand yen' } };
const share: DatasetPoint = { metric: 'city-ghg-by-sector', x: 'industry', series: 'kitakyushu', value: 60, unit: { ja: '%', en: '%' }, title: { ja: '温室効果ガス排出量の部門別割合（2020年度）', en: 'Greenhouse-gas emissions by sector (FY2020)' } };
const points = [members, households, budget, share];
const page = (body: string, frontmatter = 'title: "x"') => `---\n${frontmatter}\n---\n\n${body}\n`;

describe('figures typed into prose', () => {
  it('fail with file and line when a dataset value is typed with its unit, in either language', () => {
    const problems = proseFigureProblems(
      [
        { file: 'content/pages/ja/a.mdx', text: page('一行目です。\n\n参加企業数は253社でした。') },
        { file: 'content/pages/en/a.mdx', text: page('First line.\n\nThe consortium had 253 members.') },
      ],
      points,
    );
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['content/pages/en/a.mdx:7', 'content/pages/ja/a.mdx:7']);
    expect(problems[0]!.message).toContain('<Fig metric="consortium-members" x="2024-09" />');
  });

  it('recognise values written with 万 and million, rounded as people round them', () => {
    // 約17万世帯 = 170,000 households; "¥47.7 million" ≈ 47,672 thousand yen rounded to 0.1 million.
    const problems = proseFigureProblems(
      [
        { file: 'content/news/ja/b.md', text: page('一般家庭約17万世帯分です。') },
        { file: 'content/news/en/b.md', text: page('It can supply about 170 thousand households on a budget of ¥47.7 million.') },
      ],
      points,
    );
    expect(problems.filter((p) => p.message.includes('is typed')).map((p) => p.message.match(/data\/metrics\/([\w-]+)/)![1])).toEqual(['hibiki-wind-households', 'consortium-budget', 'hibiki-wind-households']);
  });

  it('read 千 and 百万 in a Japanese unit as multipliers, as the datasets do (47,672千円 = ¥47,672,000)', () => {
    // The budget's own unit is 千円: 「47,672千円」 is its value as written, 「4,767万円」 the same rounded.
    const total: DatasetPoint = { metric: 'city-ghg-total', x: 'FY2020', value: 13.13, unit: { ja: '百万t-CO2e', en: 'million t-CO2e' } };
    const problems = proseFigureProblems([{ file: 'content/pages/ja/b2.mdx', text: page('予算は47,672千円でした。\n排出量は13.13百万t-CO2eです。\n約4,767万円を充てました。') }], [...points, total]);
    expect(problems.map((p) => `${p.line} ${p.message.match(/data\/metrics\/([\w-]+)/)![1]}`)).toEqual(['5 consortium-budget', '6 city-ghg-total', '7 consortium-budget']);
  });

  it('know the English nouns a count is written with, besides the dataset\'s own unit word', () => {
    // members is in 社 (companies), consultations in 件 (requests, cases): the counter says which nouns fit.
    const consultations: DatasetPoint = { metric: 'consultations', x: '2024-09', value: 21, unit: { ja: '件', en: 'consultations' } };
    const problems = proseFigureProblems(
      [{ file: 'content/pages/en/b3.mdx', text: page('There are 253 participating companies.\nThe desk received 21 requests for advice.\nIt received 21 cases.\nThe goal is 930,000 tonnes of CO2 a year.') }],
      [...points, consultations, { metric: 'green-growth-co2-goal', x: 'FY2030', value: 930000, unit: { ja: 't-CO2', en: 't-CO2' } }],
    );
    expect(problems.map((p) => `${p.line} ${p.message.match(/data\/metrics\/([\w-]+)/)![1]}`)).toEqual(['5 consortium-members', '6 consultations', '7 consultations', '8 green-growth-co2-goal']);
  });

  it('take the words a dataset lists in proseUnits as its unit too, in either language', () => {
    const turbines: DatasetPoint = { metric: 'hibiki-wind-turbines', x: '2026-01-09', value: 25, unit: { ja: '基', en: 'turbines' }, proseUnits: { ja: ['本の風車'], en: ['wind towers'] } };
    const problems = proseFigureProblems(
      [
        { file: 'content/pages/ja/b4.mdx', text: page('25本の風車が立ちます。') },
        { file: 'content/pages/en/b4.mdx', text: page('There are 25 wind towers.') },
      ],
      [turbines],
    );
    expect(problems.map((p) => p.file)).toEqual(['content/pages/en/b4.mdx', 'content/pages/ja/b4.mdx']);
  });

  it('still pass counts and amounts that no dataset holds, and years, dates and ordinals beside those nouns', () => {
    const problems = proseFigureProblems(
      [{ file: 'content/pages/en/b5.mdx', text: page('In 2024 companies joined; on 21 September companies met; the 21st request came; 254 companies and 22 requests.\n千葉 and 3千人 are not here.') }],
      points.concat({ metric: 'consultations', x: '2024-09', value: 21, unit: { ja: '件', en: 'consultations' } }),
    );
    expect(problems).toEqual([]);
  });

  it('pass when the figure comes from <Fig />, and on a line marked as an intended exception', () => {
    const problems = proseFigureProblems(
      [
        { file: 'content/pages/ja/c.mdx', text: page('参加企業数は<Fig metric="consortium-members" x="2024-09" />です。\n記事は「253社」と書いています。{/* prose-figure-ok: the source quoted */}') },
        { file: 'content/pages/en/c.mdx', text: page('It counted <Fig metric="consortium-members" x="2024-09" />.\nThe article says "253 members". {/* prose-figure-ok */}') },
      ],
      points,
    );
    expect(problems).toEqual([]);
  });

  it('do not take years, dates, fiscal years, ordinals, list numbers or names for figures', () => {
    const ja = proseNumbers(page('2024年9月12日、令和6年度、第253回、FY2024、CO2、No.3316。\n1. 一つ目'), 'ja');
    const en = proseNumbers(page('On 12 September 2024, FY2024, the 253rd meeting, Scope 2, CO2, No.3316.\n1. First'), 'en');
    expect([...ja, ...en]).toEqual([]);
  });

  it('match a percentage only where the line says what it is a share of', () => {
    const problems = proseFigureProblems(
      [
        { file: 'content/glossary/en/d.md', text: page('About 60% of primary energy ends up as waste heat.\nIndustry produces about 60% of the emissions in the city.') },
        { file: 'content/glossary/ja/d.md', text: page('一次エネルギーの約6割が廃熱です。\n市の排出量の60%を産業部門が占めます。') },
      ],
      points,
    );
    expect(problems.filter((p) => p.message.includes('is typed')).map((p) => `${p.file}:${p.line}`)).toEqual(['content/glossary/en/d.md:6', 'content/glossary/ja/d.md:6']);
  });

  it('read frontmatter prose but not source titles, URLs or values', () => {
    const frontmatter = 'title: "x"\ndescription: "会員は253社です。"\nsources:\n  - title: "会員253社の記事"\n    url: "https://example.org/253"\nkeyFigures:\n  - value: 253\n    unit: 社';
    const problems = proseFigureProblems([{ file: 'content/pages/ja/e.mdx', text: page('本文。', frontmatter) }], points);
    expect(problems.map((p) => p.line)).toEqual([3]);
  });
});

describe('language twins', () => {
  it('fail, naming both files and the line, when the twins state different numbers', () => {
    const problems = proseFigureProblems(
      [
        { file: 'content/projects/ja/f.md', text: page('参加は235の団体です。') },
        { file: 'content/projects/en/f.md', text: page('Some 253 organizations take part.') },
      ],
      [],
    );
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['content/projects/en/f.md:5', 'content/projects/ja/f.md:5']);
    expect(problems[0]!.message).toContain('content/projects/ja/f.md');
  });

  it('agree when they give the same values in each language\'s way of writing them', () => {
    // 約1,700億円 = 170 billion yen; 92万1,241人 = 921,241 people; 約4割 = 40%; 10年間 = ten years.
    const problems = proseFigureProblems(
      [
        { file: 'content/news/ja/g.md', text: page('約1,700億円を投じ、人口は92万1,241人、設備の約4割、今後10年間で。') },
        { file: 'content/news/en/g.md', text: page('About ¥170 billion, 921,241 people, about 40% of capacity, over ten years.') },
      ],
      [],
    );
    expect(problems).toEqual([]);
  });

  it('do not compare numbers below 10, which English spells out', () => {
    const problems = proseFigureProblems(
      [
        { file: 'content/curriculum/ja/h.md', text: page('全6回の講座です。') },
        { file: 'content/curriculum/en/h.md', text: page('A course of six sessions.') },
      ],
      [],
    );
    expect(problems).toEqual([]);
  });
});
