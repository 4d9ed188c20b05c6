/**
 * <RoundFacts> rendered alone through Astro's container API, in both languages: a round's rate, cap,
 * application window and project period as the guide page and /subsidies/ show them, each with its
 * reliability mark, the shortened period, and 確認できず / Not found where the data has no value.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import RoundFacts from '../../src/components/subsidies/RoundFacts.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

type Props = Parameters<typeof RoundFacts>[0];
/** The facts as pairs of term and description, as a reader sees them (the marks' hidden hints dropped). */
async function facts(lang: 'ja' | 'en', round: Props['round'], rate?: Props['rate']) {
  const html = await container.renderToString(RoundFacts, { props: { lang, round, rate } });
  const text = (s: string) => s.replace(/<span class="reliability-hint"[^>]*>[\s\S]*?<\/span>|<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  return [...html.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => [text(m[1] ?? ''), text(m[2] ?? '')]);
}

const full: Props['round'] = {
  rate: { value: 0.5 },
  capYen: { value: 5_000_000, reliability: 'unverified' },
  applicationWindow: { start: '2025-04-04', end: '2025-06-06', endTime: '17:00' },
  projectPeriod: { start: '2025-07-01', end: '2026-02-27' },
};

describe('<RoundFacts>', () => {
  it('writes a round in Japanese, shortening what the period repeats', async () => {
    expect(await facts('ja', full)).toEqual([
      ['補助率', '対象経費の1/2'],
      ['上限額', '500万円 出典1件'],
      ['申請受付期間', '2025年4月4日〜6月6日 17:00'],
      ['事業実施期間', '2025年7月1日〜2026年2月27日'],
    ]);
  });

  it('writes the same round in English', async () => {
    expect(await facts('en', full)).toEqual([
      ['Rate', '1/2 of eligible costs'],
      ['Cap', '¥5 million One source'],
      ['Application window', '4 April – 6 June 2025 17:00'],
      ['Project period', '1 July 2025 – 27 February 2026'],
    ]);
  });

  it('says a ceiling rate as one, and a period with one known end as from or until', async () => {
    const round: Props['round'] = { rate: { value: 0.5 }, applicationWindow: { start: '2024-04-15' }, projectPeriod: { end: '2025-02-28', reliability: 'secondary' } };
    expect(await facts('ja', round, 'upTo')).toEqual([
      ['補助率', '対象経費の1/2以内'],
      ['上限額', '確認できず'],
      ['申請受付期間', '2024年4月15日から'],
      ['事業実施期間', '2025年2月28日まで 報道による'],
    ]);
    expect((await facts('en', round, 'upTo')).map(([, d]) => d)).toEqual(['Up to 1/2 of eligible costs', 'Not found', 'from 15 April 2024', 'until 28 February 2025 Reported']);
  });

  it('says Not found for every fact the data does not have', async () => {
    expect((await facts('en', {})).map(([, d]) => d)).toEqual(['Not found', 'Not found', 'Not found', 'Not found']);
  });
});
