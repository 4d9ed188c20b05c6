import { describe, expect, it } from 'vitest';
import { checkIntegrity, checkUniqueIds, type ContentEntry } from '../../src/lib/content/integrity';

const project = (lang: 'ja' | 'en', data: Record<string, unknown> = {}): ContentEntry => ({
  collection: 'projects',
  file: `content/projects/${lang}/wind.md`,
  lang,
  id: 'wind',
  data: { stage: 'operation', lead: 'org-a', partners: [], keyFigures: [{ value: 220, asOf: '2026-01-09', source: { url: 'https://x.example/' } }], ...data },
});
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
    const wg = (lang: 'ja' | 'en', relatedProjects: string[]): ContentEntry => ({
      collection: 'working-groups', file: `content/working-groups/${lang}/fuels.md`, lang, id: 'fuels', data: { relatedProjects },
    });
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
