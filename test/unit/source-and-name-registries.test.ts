/**
 * The source registry and the name registry are each the one place a fact about a source or a name
 * is written: a second entry for one address, a citation of an unknown id, a source written out in
 * place, or an English form no source confirms each fail with the file and field named.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkSourceRegistry } from '../../src/lib/content/check/sources';
import { checkEnglishNames, checkEnglishNamesInData } from '../../src/lib/content/check/names';
import { checkData } from '../../src/lib/content/check/data-files';
import { keyFigure, sources, sourceById } from '../../src/schemas/shared';
import { sourceRegistrySchema, type RegisteredSource } from '../../src/schemas/sources';
import registry from '../../data/sources.json';

const entry = (id: string, extra: Partial<RegisteredSource> = {}): RegisteredSource => ({ id, title: 't', publisher: 'p', url: `https://example.org/${id}`, reliability: 'primary', lang: 'ja', label: { ja: 'ラベル', en: 'Label' }, ...extra });

describe('the source registry', () => {
  it('refuses two entries with one address, naming the second entry and the first id', () => {
    const problems = checkSourceRegistry([entry('a'), entry('b', { url: 'https://example.org/a' })]);
    expect(problems).toEqual([{ file: 'data/sources.json', field: '[1].url', message: expect.stringContaining('is already the address of "a" (entry [0])') }]);
  });

  it('refuses a copy recorded twice and an id given twice', () => {
    const via = 'https://mirror.example/x';
    expect(checkSourceRegistry([entry('a', { url: undefined, readVia: via }), entry('b', { url: undefined, readVia: via })]).map((p) => p.field)).toEqual(['[1].readVia']);
    expect(checkSourceRegistry([entry('a'), entry('a', { url: 'https://example.org/other' })]).map((p) => p.field)).toEqual(['[1].id']);
  });

  it('needs an original address or the copy it was read in, and a publisher or a note', () => {
    const r = sourceRegistrySchema.safeParse([entry('a', { url: undefined }), entry('b', { publisher: undefined })]);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['0.url', '1.publisher']);
  });

  it('holds the real registry with no duplicate address, and never links a copy as the original', () => {
    const parsed = sourceRegistrySchema.parse(registry);
    expect(checkSourceRegistry(parsed)).toEqual([]);
    for (const s of parsed) if (s.readVia) expect(s.url).not.toBe(s.readVia);
    // The reposts and proxies addendum 4 lists are recorded only as how they were read.
    for (const host of ['2ch.logpo.jp', 'vdocuments.net', 'comy.workers.dev', 'feedman.me', 'shinchonews.com']) {
      expect(parsed.filter((s) => s.url?.includes(host)).map((s) => s.id)).toEqual([]);
    }
  });
});

describe('a citation', () => {
  const page = z.object({ sources });
  it('resolves an id to the registry entry, so every page shows its one title and reliability', () => {
    const data = page.parse({ sources: ['suiso-ken-2025-08-11'] });
    expect(data.sources[0]).toMatchObject({ id: 'suiso-ken-2025-08-11', reliability: 'secondary' });
    expect(sourceById('suiso-ken-2025-08-11')?.reliability).toBe('secondary');
  });

  it('refuses a source written out in place and an unknown id, naming the field', () => {
    expect(checkData('f.md', page, { sources: [{ title: 't', url: 'https://example.org/' }] }).problems).toEqual([
      { file: 'f.md', field: 'sources.0', message: expect.stringContaining('writes a source out inline') },
    ]);
    expect(checkData('f.md', page, { sources: ['no-such-source'] }).problems).toEqual([
      { file: 'f.md', field: 'sources.0', message: expect.stringContaining('cites "no-such-source", which is not a source in data/sources.json') },
    ]);
  });

  it('makes a figure no more reliable than its source', () => {
    const f = keyFigure.parse({ label: 'x', value: 1, unit: 'u', asOf: '2025', source: 'suiso-ken-2025-08-11', reliability: 'primary' });
    expect('reliability' in f && f.reliability).toBe('secondary');
  });
});

describe('English names', () => {
  const names = [{ ja: '西海市', notEnglish: ['Saikai'] }, { ja: '日本郵船', en: 'Nippon Yusen Kabushiki Kaisha', notEnglish: ['NYK Line'] }];
  it('refuses a form no source confirms on an English page, by line, and says what to write', () => {
    const problems = checkEnglishNames([{ file: 'content/news/en/x.md', lang: 'en', text: 'a\noff 江島, Saikai City\nwith NYK Line' }], names);
    expect(problems).toEqual([
      { file: 'content/news/en/x.md', field: '(line 2)', message: expect.stringContaining('write "西海市"') },
      { file: 'content/news/en/x.md', field: '(line 3)', message: expect.stringContaining('write "Nippon Yusen Kabushiki Kaisha"') },
    ]);
  });

  it('leaves Japanese pages and words that only contain the form alone', () => {
    expect(checkEnglishNames([{ file: 'content/news/ja/x.md', lang: 'ja', text: 'Saikai' }], names)).toEqual([]);
    expect(checkEnglishNames([{ file: 'content/news/en/x.md', lang: 'en', text: 'Saikaido' }], names)).toEqual([]);
  });

  it('refuses the form in the English fields of data files', () => {
    const problems = checkEnglishNamesInData([{ file: 'data/emission-factors.json', data: { factors: [{ name: { ja: '西海市', en: 'Saikai menu' } }] } }], names);
    expect(problems.map((p) => p.field)).toEqual(['factors.0.name.en']);
  });
});
