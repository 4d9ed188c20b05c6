/**
 * <MetricCard> rendered alone through Astro's container API on the real datasets, with the clock
 * fixed: a dataset someone looked at within its review interval carries no "due for a check" badge,
 * however old its figure; one nobody has looked at within the interval does; a dataset of targets
 * never does.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import MetricCard from '../../src/components/charts/MetricCard.astro';
import { loadData } from '../../src/lib/content/check/load';
import { nextCheck } from '../../src/lib/metrics/checks';

// The card reads its dataset through lib/content/queries.ts; here astro:content serves data/ from the explicit loader.
vi.mock('astro:content', () => import('../support/data-collections'));
const { metrics } = loadData();
const metric = (id: string) => {
  const found = metrics.find((m) => m.id === id);
  if (!found) throw new Error(`No dataset "${id}" in data/metrics/`);
  return found;
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The card as rendered on a given day (noon in Japan). */
async function cardOn(day: string, id: string, lang: 'ja' | 'en' = 'ja') {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T03:00:00Z`));
  return container.renderToString(MetricCard, { props: { id, lang }, params: lang === 'en' ? { lang: 'en' } : {} });
}

describe('a dashboard card shows "due for a check" only when nobody has looked within the interval', () => {
  it('shows no badge for the FY2020 city total, checked in December 2026, on the day of the check', async () => {
    // data/metrics/city-ghg-total.json: as of FY2020, lastChecked 2026-12-06, every 12 months.
    expect(metric('city-ghg-total').lastChecked.date).toBe('2026-12-06');
    const html = await cardOn('2026-12-06', 'city-ghg-total');
    expect(html).not.toContain('data-due-for-check');
    expect(html).not.toContain('確認時期超過');
  });

  it('shows the badge, in both languages, once the interval has passed with no new check', async () => {
    const due = nextCheck(metric('city-ghg-total')); // 2027-12-06
    const after = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await cardOn(due, 'city-ghg-total')).not.toContain('data-due-for-check');
    const ja = await cardOn(after, 'city-ghg-total');
    expect(ja).toContain('data-due-for-check');
    expect(ja).toContain('確認時期超過');
    expect(await cardOn(after, 'city-ghg-total', 'en')).toContain('Due for a check');
  });

  it('never marks a dataset of targets (FY2030, 2050) as due, even years later', async () => {
    expect(metric('city-ghg-targets').pointsAre).toBe('targets');
    expect(await cardOn('2040-01-01', 'city-ghg-targets')).not.toContain('data-due-for-check');
  });
});
