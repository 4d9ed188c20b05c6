/**
 * The content check's second round of editor mistakes (issue 27), rule by rule on small inputs; the
 * fixtures in test/fixtures/broken-content/ prove the same rules on the real content and build.
 */
import { describe, expect, it } from 'vitest';
import { unitMismatch } from '../../src/schemas/units';
import { factorOutOfRange } from '../../src/schemas/plausible';
import { addressProblem } from '../../src/schemas/web-address';
import { negative } from '../../src/schemas/round-rules';
import { subsidyRulesSchema } from '../../src/schemas/subsidy-rules';
import { checkAsOfCoversPoints, checkDatesNotFuture } from '../../src/lib/content/check/dates-not-future';
import { checkMarkup } from '../../src/lib/content/check/markup';
import { checkLanguage } from '../../src/lib/content/check/language';
import { checkGlossaryUnique, checkNewsUnique } from '../../src/lib/content/check/uniqueness';
import { checkFigureProps } from '../../src/lib/content/check/figures-in-prose';
import { checkTwinDates } from '../../src/lib/content/check/prose-dates';
import type { Metric } from '../../src/schemas/metrics';
import round from '../../data/subsidies/gx-promotion-2025.json';
import { checkedEntry } from '../support/checked-entry';
import type { BilingualCollection } from '../../src/schemas';

/** A checked entry at this path (its extension matters to the markup rules). */
const entry = (file: string, body: string, data: Record<string, unknown> = {}) => {
  const [, collection, lang, id] = file.match(/^content\/([^/]+)\/(ja|en)\/(.+)\.mdx?$/)!;
  return { ...checkedEntry(collection as BilingualCollection, lang as 'ja' | 'en', id!, data, body), file };
};

describe('units and plausible values', () => {
  it('require both languages to name the same unit and scale; count nouns may differ', () => {
    expect(unitMismatch({ ja: '万t-CO2', en: '10,000 t-CO2' })).toBeUndefined();
    expect(unitMismatch({ ja: '千円', en: 'thousand yen' })).toBeUndefined();
    expect(unitMismatch({ ja: '社', en: 'members' })).toBeUndefined();
    expect(unitMismatch({ ja: '万t-CO2', en: 't-CO2' })).toContain('is t-CO2, but unit.ja "万t-CO2" is 10,000 t-CO2');
    expect(unitMismatch({ ja: '億円', en: 'million yen' })).toContain('1,000,000 yen');
  });

  it('refuse a factor above what any published factor per its unit reaches (kg typed for t)', () => {
    expect(factorOutOfRange(0.000472, 'kWh')).toBeUndefined();
    expect(factorOutOfRange(0.002, 'kWh')).toBeUndefined(); // the bound itself passes
    expect(factorOutOfRange(0.472, 'kWh')).toContain('0.000472 t');
    expect(factorOutOfRange(3.1, 'kL')).toBeUndefined();
    expect(factorOutOfRange(2290, 'kL')).toContain('above 4');
  });
});

describe('rounds', () => {
  it('refuse a round whose validity does not fit its fiscal year, and a qualifying answer against the wording', () => {
    expect(subsidyRulesSchema.safeParse(round).success).toBe(true);
    const copied = subsidyRulesSchema.safeParse({ ...round, id: 'gx-promotion-2026', fiscalYear: 2026 });
    expect(copied.error?.issues.map((i) => i.path.join('.'))).toEqual(['validFrom']);
    const flipped = structuredClone(round);
    flipped.conditions[0]!.qualifying = 'no';
    expect(subsidyRulesSchema.safeParse(flipped).error?.issues.map((i) => i.path.join('.'))).toEqual(['conditions.0.qualifying']);
  });

  it('read a requirement or question as negative in either language', () => {
    expect(negative('市税の滞納がないこと', 'ja')).toBe(true);
    expect(negative('市税の滞納はありますか？', 'ja')).toBe(false);
    expect(negative('Has no unpaid city taxes', 'en')).toBe(true);
    expect(negative('Do you have any unpaid city taxes?', 'en')).toBe(false);
  });
});

describe('addresses', () => {
  it('refuse spaces, localhost, private and preview hosts, and keep public addresses', () => {
    expect(addressProblem('https://www.city.kitakyushu.lg.jp/san-kei/file_0001.html')).toBeUndefined();
    expect(addressProblem('https://0.comy.workers.dev/x')).toBeUndefined(); // a host starting with 0. is not an IP address
    expect(addressProblem('https://ktq-gx.com/news/ 1808')).toContain('space');
    expect(addressProblem('http://localhost:4321/en/')).toContain('localhost');
    expect(addressProblem('http://127.0.0.1:4321/')).toContain('private');
    expect(addressProblem('http://172.20.1.5/')).toContain('private');
    expect(addressProblem('https://deploy-preview-42--site.netlify.app/')).toContain('preview');
  });
});

describe('dates', () => {
  it('refuse check dates after today at any depth, a news date after today, once for twins', () => {
    const problems = checkDatesNotFuture(
      [
        { file: 'content/news/ja/x.md', collection: 'news', twins: 'news/x', data: { date: '2099-01-01', timeline: [{ date: '2099-01-01' }] } },
        { file: 'content/news/en/x.md', collection: 'news', twins: 'news/x', data: { date: '2099-01-01' } },
        { file: 'data/metrics/m.json', data: { lastChecked: '2026-12-07', updated: '2026-12-06', points: [{ asOf: '2027' }] } },
      ],
      '2026-12-06',
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/news/ja/x.md date', 'data/metrics/m.json lastChecked', 'data/metrics/m.json points.0.asOf']);
  });

  it('refuse an asOf before the newest point, but not one inside the same month or a future point', () => {
    const m = (asOf: string, xs: string[]) => ({ id: 'm', asOf, pointsAre: 'results', xType: 'period', points: xs.map((x) => ({ x })) }) as unknown as Metric;
    expect(checkAsOfCoversPoints([m('2024-09', ['2024-05', '2024-09-15'])], '2026-12-06')).toEqual([]);
    expect(checkAsOfCoversPoints([m('2024-05', ['2024-05', '2099-01'])], '2026-12-06')).toEqual([]);
    expect(checkAsOfCoversPoints([m('FY2023', ['FY2023', 'FY2024'])], '2026-12-06')[0]!.message).toContain('before the newest point "FY2024"');
  });

  it('compare the twins\' dates, with ranges and years carried over, and report a changed date once', () => {
    const ja = entry('content/news/ja/w.md', '2025年8月29日と30日に開かれ、2025年4月4日〜6月6日に募集しました。');
    const en = entry('content/news/en/w.md', 'It met on 29 and 30 August 2025; applications ran from 4 April to 6 June 2025.');
    expect(checkTwinDates([ja, en])).toEqual([]);
    const changed = entry('content/news/en/w.md', 'It met on 29 and 31 August 2025; applications ran from 4 April to 6 June 2025.');
    const problems = checkTwinDates([ja, changed]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('「2025年8月29日と30日」');
  });
});

describe('markup and language', () => {
  const exists = (path: string) => path === 'public/favicon.svg';

  it('allow our components, comments and text tags, and refuse the rest once per line', () => {
    const ok = entry('content/pages/en/a.mdx', "import Fig from '../../../src/components/facts/Fig.astro';\n\n## A\n\n### B\n\n<strong>x</strong> <Fig metric=\"m\" x=\"1\" /> {/* prose-figure-ok */} `{code}`\n<img src=\"/favicon.svg\" alt=\"\">");
    expect(checkMarkup([ok], exists)).toEqual([]);
    const bad = entry('content/pages/en/b.mdx', "import x from 'node:fs';\n{1 + 1}\n<iframe src=\"https://x.example/\"></iframe>\n<p style=\"color:red\">x</p>\n## A\n#### B\n<img src=\"/missing.png\">");
    expect(checkMarkup([bad], exists).map((p) => `${p.field} ${p.message.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      '(body, line 1) has "import x',
      '(body, line 2) computes "{1 +',
      '(body, line 3) holds <iframe>, which',
      '(body, line 4) gives <p> the',
      '(body, line 6) has a heading',
      '(body, line 7) loads "/missing.png", which',
    ]);
    expect(checkMarkup([entry('content/news/ja/c.md', '会員は<Fig metric="m" x="1" />です。')], exists)[0]!.message).toContain('only in .mdx');
  });

  it('refuse an English file in Japanese and a Japanese file in English, but not names or terms in the other script', () => {
    const fine = [
      entry('content/glossary/en/re100.mdx', 'RE100 is a commitment to use only renewable electricity (再エネ100%).', { title: 'RE100 Kitakyushu Model (再エネ100%北九州モデル)' }),
      entry('content/glossary/ja/gx.md', 'GX（グリーントランスフォーメーション）は、化石燃料から再生可能エネルギーへの転換です。', { title: 'GX' }),
    ];
    expect(checkLanguage(fine)).toEqual([]);
    const wrong = [
      entry('content/news/en/x.md', 'Held.', { title: 'シンポジウムを開催' }),
      entry('content/news/ja/y.md', 'The consortium held a symposium on carbon recycling and industrial collaboration with many members attending the event.', { title: 'Symposium held in Kitakyushu' }),
    ];
    expect(checkLanguage(wrong).map((p) => `${p.file} ${p.field}`)).toEqual(['content/news/en/x.md title', 'content/news/ja/y.md title']);
  });
});

describe('uniqueness and figures', () => {
  it('refuse a glossary word of two entries once per pair, and a news id that repeats another with a suffix', () => {
    const g = [
      entry('content/glossary/ja/a.md', '', { title: 'HaaS', aliases: [] }),
      entry('content/glossary/ja/b.md', '', { title: 'Heat', aliases: ['ｈａａｓ'] }),
      entry('content/glossary/en/a.md', '', { title: 'HaaS', aliases: [] }),
      entry('content/glossary/en/b.md', '', { title: 'Heat', aliases: ['haas'] }),
    ];
    expect(checkGlossaryUnique(g).map((p) => `${p.file} ${p.field}`)).toEqual(['content/glossary/ja/b.md aliases.0']);
    const n = ['2024-05-23-symposium', '2024-05-23-symposium-2', '2024-05-23-symposium-report'].map((id) => entry(`content/news/ja/${id}.md`, ''));
    expect(checkNewsUnique(n).map((p) => p.file)).toEqual(['content/news/ja/2024-05-23-symposium-2.md']);
  });

  it('check <Fig> and <MetricChart> against the datasets, quiet about a dataset that failed its own check', () => {
    const datasets = [{ id: 'team', points: [{ x: 'FY2024' }] }, { id: 'split', points: [{ x: 'FY2024', series: 'a' }, { x: 'FY2024', series: 'b' }] }];
    const e = entry('content/pages/en/f.mdx', '<Fig metric="team" x="FY2024" />\n<Fig metric="team" x="FY2025" />\n<Fig metric="split" x="FY2024" />\n<MetricChart id="nope" />\n<Fig metric="broken" x="1" />');
    expect(checkFigureProps([e], datasets, new Set(['team', 'split', 'broken'])).map((p) => `${p.field} ${p.message}`)).toEqual([
      '(body, line 2) <Fig metric="team" x="FY2025"> names a point data/metrics/team.json does not have: its points are "FY2024"',
      '(body, line 3) <Fig metric="split" x="FY2024"> needs one of the series at that point: "a", "b"',
      '(body, line 4) <MetricChart id="nope"> names no dataset of data/metrics/ (datasets: "team", "split")',
    ]);
  });
});
