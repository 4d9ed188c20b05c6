/**
 * <Fig> rendered alone through Astro's container API (experimental_AstroContainer; vitest.config.ts
 * gives the unit project Astro's Vite plugins), in both languages, on the real datasets: the figure
 * and its reliability mark come out together, inside the one `.fig` element that prose holds.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Fig from '../../src/components/facts/Fig.astro';

// The container has no content store: the datasets come from the explicit loader.
vi.mock('astro:content', () => import('../support/data-collections'));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The rendered figure as text a reader sees (tags dropped, the screen-reader hint kept apart). */
async function render(lang: 'ja' | 'en', props: { metric: string; x: string; series?: string; asOf?: boolean }) {
  // The root locale (Japanese) has no `lang` route parameter, as on /about/.
  const html = await container.renderToString(Fig, { props, params: lang === 'en' ? { lang: 'en' } : {} });
  // The mark: <span class="reliability …" data-reliability="…"><button …>label</button><span … data-reliability-hint hidden>meaning</span></span>
  const mark = html.match(/<span class="reliability reliability--(\w+)"[^>]*data-reliability="\1"[^>]*>\s*<button[^>]*>\s*([^<]*?)\s*</);
  const text = html.replace(/<span class="reliability-hint"[^>]*>[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  return { html, text, mark: mark ? { kind: mark[1], label: mark[2] } : undefined };
}

describe('<Fig> renders a figure with its reliability mark', () => {
  it('marks an unverified point 出典1件 in Japanese, next to the value and its unit', async () => {
    // data/metrics/consultations.json: 2024-09 → 21 件, reliability "unverified" (R6 case study only).
    const fig = await render('ja', { metric: 'consultations', x: '2024-09' });
    expect(fig.mark).toEqual({ kind: 'unverified', label: '出典1件' });
    expect(fig.text).toBe('21件出典1件');
    expect(fig.html).toMatch(/^<span class="fig[^"]*" data-metric="consultations" data-reliability="unverified"/);
  });

  it('marks the same point One source in English, after a space', async () => {
    const fig = await render('en', { metric: 'consultations', x: '2024-09' });
    expect(fig.mark).toEqual({ kind: 'unverified', label: 'One source' });
    expect(fig.text).toBe('21 consultations One source');
  });

  it('keeps the mark when the as-of date is asked for, in both languages', async () => {
    const ja = await render('ja', { metric: 'consortium-members', x: '2024-09', asOf: true });
    const en = await render('en', { metric: 'consortium-members', x: '2024-09', asOf: true });
    expect(ja.text).toMatch(/^253社（2024年9月時点）出典1件$/);
    expect(en.text).toMatch(/^253 members \(as of September 2024\) One source$/);
  });

  it('marks a secondary point 報道による / Reported', async () => {
    // data/metrics/city-ghg-targets.json: FY2030 → 47 %, reliability "secondary".
    expect((await render('ja', { metric: 'city-ghg-targets', x: 'FY2030' })).mark).toEqual({ kind: 'secondary', label: '報道による' });
    expect((await render('en', { metric: 'city-ghg-targets', x: 'FY2030' })).mark).toEqual({ kind: 'secondary', label: 'Reported' });
  });

  it('adds no mark to a point from a primary source', async () => {
    // data/metrics/hibiki-wind-capacity.json: 2026-01-09 → 220 MW, no reliability (primary).
    for (const lang of ['ja', 'en'] as const) {
      const fig = await render(lang, { metric: 'hibiki-wind-capacity', x: '2026-01-09' });
      expect(fig.mark).toBeUndefined();
      expect(fig.text).toMatch(/^220\s?MW$/);
    }
  });
});
