/**
 * The real content/ and data/ through the one load path the build uses (src/lib/content/check/load.ts):
 * every file parses with its schema, every rule across files holds. Runs without a build, so a bad
 * edit fails in seconds.
 */
import { describe, expect, it } from 'vitest';
import { loadSite, siteProblems } from '../../src/lib/content/check/site';
import { formatProblems } from '../../src/lib/content/check/entry';
import { bilingualSchemas } from '../../src/schemas';
import { todayInJapan } from '../../src/lib/dates';

const site = loadSite();
const { entries } = site;

describe('content/ and data/', () => {
  it('pass every schema and every rule across files', () => {
    expect(formatProblems(siteProblems(site, todayInJapan()))).toBe('');
  });

  it('hold every collection the site knows, in both languages', () => {
    for (const collection of Object.keys(bilingualSchemas)) {
      expect(entries.filter((e) => e.collection === collection && e.lang === 'ja').length, collection).toBeGreaterThan(0);
    }
    expect(entries.filter((e) => e.lang === 'ja').length).toBe(entries.filter((e) => e.lang === 'en').length);
  });

  it('hold the pages and entries whose URLs the site promises', () => {
    const ids = (collection: string) => new Set(entries.filter((e) => e.collection === collection && e.lang === 'ja').map((e) => e.id));
    expect([...ids('projects')]).toEqual(expect.arrayContaining(['green-lp-gas', 'e-methane', 'hibiki-offshore-wind', 'hydrogen-hub', 'heat-management']));
    expect([...ids('working-groups')]).toEqual(expect.arrayContaining(['next-generation-fuels', 'future-co-creation']));
    expect([...ids('subsidies')]).toEqual(expect.arrayContaining(['gx-promotion-2024', 'gx-promotion-2025']));
    expect([...ids('support')]).toEqual(expect.arrayContaining(['consultation', 'co2-visualization']));
    expect([...ids('curriculum')]).toEqual(['gx-executive-business-school']);
    expect([...ids('pages')]).toEqual(
      expect.arrayContaining(['index', 'about', 'members', 'investors', 'projects', 'working-groups', 'case-studies', 'subsidies', 'support', 'glossary', 'news']),
    );
  });

  it('give no session of the business school a topic, since no source publishes one', () => {
    const school = entries.find((e) => e.collection === 'curriculum' && e.lang === 'ja');
    if (school?.collection !== 'curriculum') throw new Error('no curriculum entry');
    expect(school.data.sessions.filter((s) => s.topic !== undefined)).toEqual([]);
  });

  it('hold the datasets and factor table the site charts and calculates with', () => {
    expect(site.metrics.length).toBeGreaterThanOrEqual(11);
    expect(site.emissionFactors?.factors.length).toBeGreaterThan(0);
    expect(site.subsidyRules.length).toBeGreaterThanOrEqual(2);
  });
});
