/**
 * The open-data files in the built site hold exactly the validated data: every dataset's JSON
 * parses back to the schema-validated source file, its CSV to the same values, and the catalogue
 * lists every file, each of which exists.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/content/check/site';
import { fileFor } from './support/site';

// The data as the build validated it (one load path), and the ids the site must publish.
const site = loadSite();
const ids = site.metrics.map((m) => m.id);
const dataset = (id: string) => site.metrics.find((m) => m.id === id)!;
const csv = (text: string) => parseCsv(text, { bom: true }) as string[][];

describe('open data', () => {
  it.each(ids)('%s.json is the validated dataset', (id) => {
    expect(JSON.parse(readFileSync(fileFor(`/data/${id}.json`)!, 'utf8'))).toEqual(dataset(id));
  });

  it.each(ids)('%s.csv has a BOM and the same values', (id) => {
    const expected = dataset(id);
    const text = readFileSync(fileFor(`/data/${id}.csv`)!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = csv(text);
    const col = (name: string) => head!.indexOf(name);
    expect(rows.map((r) => [r[col('x')], r[col('series')], Number(r[col('value')]), r[col('bound')]])).toEqual(
      expected.points.map((p) => [p.x, p.series ?? '', p.value, p.bound]),
    );
  });

  it('publishes the emission-factor table as JSON and CSV', () => {
    const expected = site.emissionFactors!;
    expect(JSON.parse(readFileSync(fileFor('/data/emission-factors.json')!, 'utf8'))).toEqual(expected);
    const [head, ...rows] = csv(readFileSync(fileFor('/data/emission-factors.csv')!, 'utf8'));
    expect(rows.map((r) => [r[head!.indexOf('id')], Number(r[head!.indexOf('factor_t_co2_per_unit')])])).toEqual(
      expected.factors.map((f) => [f.id, f.factor]),
    );
  });

  it('lists every dataset in the catalogue, and every listed file exists', () => {
    const catalog = JSON.parse(readFileSync(fileFor('/data/catalog.json')!, 'utf8'));
    expect(catalog.datasets.map((d: { id: string }) => d.id).sort()).toEqual([...ids, 'emission-factors'].sort());
    for (const d of catalog.datasets) {
      expect(fileFor(d.json), d.json).toBeDefined();
      expect(fileFor(d.csv), d.csv).toBeDefined();
    }
  });
});
