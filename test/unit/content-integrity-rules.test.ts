import { describe, expect, it } from 'vitest';
import { checkIntegrity, checkMetricPoints, checkUniqueIds, pointKey } from '../../src/lib/content/check/integrity';
import { checkedEntry } from '../support/checked-entry';

const project = (lang: 'ja' | 'en', data: Record<string, unknown> = {}) =>
  checkedEntry('projects', lang, 'wind', { stage: 'operation', lead: 'org-a', partners: [], keyFigures: [{ value: 220, asOf: '2026-01-09', source: { url: 'https://x.example/' } }], ...data });
const orgs = { organizations: new Set(['org-a', 'org-b']) };

describe('content integrity', () => {
  it('accepts twins that agree and references that resolve', () => {
    expect(checkIntegrity([project('ja'), project('en')], orgs)).toEqual([]);
  });

  it('names the file that has no English twin', () => {
    const problems = checkIntegrity([project('ja')], orgs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/projects/ja/wind.md', field: '(file)' });
    expect(problems[0]!.message).toContain('content/projects/en/wind.md');
  });

  it('names the file that has no Japanese twin', () => {
    const problems = checkIntegrity([project('en')], orgs);
    expect(problems[0]!.message).toContain('content/projects/ja/wind.md');
  });

  it('does not call a twin missing when its file is there but failed its own check (that file is named already)', () => {
    expect(checkIntegrity([project('en')], orgs, new Set(['projects/ja/wind']))).toEqual([]);
    expect(checkIntegrity([project('en')], orgs, new Set(['projects/ja/sun']))).toHaveLength(1);
  });

  it('names the field of a reference to a missing organization', () => {
    const problems = checkIntegrity([project('ja', { partners: ['org-b', 'nobody'] }), project('en', { partners: ['org-b', 'nobody'] })], orgs);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/projects/ja/wind.md partners[1]',
      'content/projects/en/wind.md partners[1]',
    ]);
    expect(problems[0]!.message).toContain('"nobody"');
  });

  it('names the field where the English twin states a different figure', () => {
    const en = project('en', { keyFigures: [{ value: 22, asOf: '2026-01-09', source: { url: 'https://x.example/' } }] });
    const problems = checkIntegrity([project('ja'), en], orgs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/projects/en/wind.md', field: 'keyFigures[0].value' });
  });

  it('resolves references between bilingual collections by language-neutral id', () => {
    const wg = (lang: 'ja' | 'en', relatedProjects: string[]) => checkedEntry('working-groups', lang, 'fuels', { relatedProjects });
    expect(checkIntegrity([project('ja'), project('en'), wg('ja', ['wind']), wg('en', ['wind'])], orgs)).toEqual([]);
    const problems = checkIntegrity([project('ja'), project('en'), wg('ja', ['sun']), wg('en', ['sun'])], orgs);
    expect(problems.map((p) => p.field)).toEqual(['relatedProjects[0]', 'relatedProjects[0]']);
  });

  it('finds repeated ids in a data file', () => {
    expect(checkUniqueIds([{ id: 'a' }, { id: 'b' }], 'orgs.json')).toEqual([]);
    expect(checkUniqueIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }], 'orgs.json')).toEqual([
      { file: 'orgs.json', field: '[2].id', message: 'repeats the id "a" of item [0]' },
    ]);
  });
});

describe('key figures taken from metric datasets', () => {
  const page = (lang: 'ja' | 'en', figure: Record<string, unknown>) => checkedEntry('pages', lang, 'about', { keyFigures: [{ label: lang === 'ja' ? '会員数' : 'Members', ...figure }] });
  const metrics = new Set(['consortium-members', 'city-ghg-by-sector']);
  const points = new Set([pointKey('consortium-members', '2024-09'), pointKey('city-ghg-by-sector', 'industry', 'kitakyushu')]);

  it('accept a point the dataset has, with or without a series', () => {
    const ok = [page('ja', { metric: 'consortium-members', x: '2024-09' }), page('en', { metric: 'consortium-members', x: '2024-09' })];
    expect(checkIntegrity(ok, { metrics })).toEqual([]);
    expect(checkMetricPoints(ok, points, metrics)).toEqual([]);
    expect(checkMetricPoints([page('ja', { metric: 'city-ghg-by-sector', x: 'industry', series: 'kitakyushu' })], points, metrics)).toEqual([]);
  });

  it('name the file and field of an unknown dataset, a missing point or a missing series', () => {
    const unknown = [page('ja', { metric: 'no-such-dataset', x: '2024-09' }), page('en', { metric: 'no-such-dataset', x: '2024-09' })];
    expect(checkIntegrity(unknown, { metrics }).map((p) => `${p.file} ${p.field}`)).toEqual(['content/pages/ja/about.mdx keyFigures[0].metric', 'content/pages/en/about.mdx keyFigures[0].metric']);
    const missing = checkMetricPoints([page('ja', { metric: 'consortium-members', x: '2025-01' })], points, metrics);
    expect(missing).toEqual([{ file: 'content/pages/ja/about.mdx', field: 'keyFigures[0].x', message: 'refers to a point "2025-01" that data/metrics/consortium-members.json does not have' }]);
    expect(checkMetricPoints([page('ja', { metric: 'city-ghg-by-sector', x: 'industry', series: 'japan' })], points, metrics)[0]!.message).toContain('series "japan"');
  });

  it('name the field where the twins refer to different points', () => {
    const problems = checkIntegrity([page('ja', { metric: 'consortium-members', x: '2024-09' }), page('en', { metric: 'consortium-members', x: '2024-05' })], { metrics });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/pages/en/about.mdx', field: 'keyFigures[0].x' })]);
  });
});
