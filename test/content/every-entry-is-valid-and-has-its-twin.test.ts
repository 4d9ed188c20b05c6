/**
 * The real content/: every entry parses with its collection's schema, has its twin in the other
 * language, and every reference resolves. Runs without a build, so a bad edit fails in seconds.
 */
import { describe, expect, it } from 'vitest';
import { contentProblems, loadContent } from '../../scripts/load-content';
import { checkUniqueIds, formatProblems } from '../../src/lib/content/integrity';
import { organizationSchema } from '../../src/schemas/organizations';
import { workingGroupSchema } from '../../src/schemas/working-groups';
import { projectSchema } from '../../src/schemas/projects';
import { curriculumSchema } from '../../src/schemas/curriculum';
import { caseStudySchema } from '../../src/schemas/case-studies';
import { subsidySchema } from '../../src/schemas/subsidies';
import { supportSchema } from '../../src/schemas/support';
import { glossarySchema } from '../../src/schemas/glossary';
import { newsSchema } from '../../src/schemas/news';
import { pageSchema } from '../../src/schemas/pages';

const schemas = {
  'working-groups': workingGroupSchema,
  projects: projectSchema,
  curriculum: curriculumSchema,
  'case-studies': caseStudySchema,
  subsidies: subsidySchema,
  support: supportSchema,
  glossary: glossarySchema,
  news: newsSchema,
  pages: pageSchema,
} as const;

const content = loadContent();
const { entries, organizations, problems } = content;

describe('content/', () => {
  it('has readable frontmatter in every file', () => {
    expect(problems).toEqual([]);
  });

  it('has only collections the site knows', () => {
    const known = new Set([...Object.keys(schemas), 'organizations']);
    expect([...new Set(entries.map((e) => e.collection))].filter((c) => !known.has(c))).toEqual([]);
  });

  it('has every entry valid against its schema', () => {
    const failures = entries.flatMap((e) => {
      const result = schemas[e.collection as keyof typeof schemas].safeParse(e.data);
      return result.success ? [] : result.error.issues.map((i) => `${e.file}: ${i.path.join('.')}: ${i.message}`);
    });
    expect(failures).toEqual([]);
  });

  it('has every organization valid, with a unique id', () => {
    const failures = organizations.flatMap((o, i) => {
      const result = organizationSchema.safeParse(o);
      return result.success ? [] : [`[${i}] ${o.id}: ${result.error.issues.map((x) => x.path.join('.')).join(', ')}`];
    });
    expect(failures).toEqual([]);
    expect(checkUniqueIds(organizations, 'organizations.json')).toEqual([]);
  });

  it('has a twin for every entry, resolving references, and the same facts in both languages', () => {
    expect(formatProblems(contentProblems(content))).toBe('');
  });

  it('has the pages and entries whose URLs the site promises', () => {
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

  it('lists the GX Executive Business School as six sessions, with no invented topic', () => {
    const school = entries.find((e) => e.collection === 'curriculum' && e.lang === 'ja')!;
    const sessions = school.data.sessions as Array<{ topic?: string }>;
    expect(sessions).toHaveLength(6);
    // The only published sources give no session topics (see shared/facts §4).
    expect(sessions.filter((s) => s.topic !== undefined)).toEqual([]);
  });
});

describe('data/', () => {
  it('has every metric dataset valid, named after its id', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { metricSchema } = await import('../../src/schemas/metrics');
    const files = readdirSync('data/metrics').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(11);
    const failures = files.flatMap((f) => {
      const r = metricSchema.safeParse(JSON.parse(readFileSync(`data/metrics/${f}`, 'utf8')));
      if (!r.success) return r.error.issues.map((i) => `${f}: ${i.path.join('.')}: ${i.message}`);
      return r.data.id === f.replace(/\.json$/, '') ? [] : [`${f}: id ${r.data.id}`];
    });
    expect(failures).toEqual([]);
  });

  it('has a valid emission-factor table', async () => {
    const { readFileSync } = await import('node:fs');
    const { emissionFactorsSchema } = await import('../../src/schemas/emission-factors');
    const r = emissionFactorsSchema.safeParse(JSON.parse(readFileSync('data/emission-factors.json', 'utf8')));
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });
});
