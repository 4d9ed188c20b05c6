/**
 * The open-data files in the built site hold exactly the validated data: every dataset's JSON
 * parses back to the schema-validated source file, its CSV to the same values, and the catalogue
 * lists every file, each of which exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metricSchema } from '../../src/schemas/metrics';
import { emissionFactorsSchema } from '../../src/schemas/emission-factors';
import { fileFor } from './support/site';

const ids = readdirSync('data/metrics').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

/** A small CSV reader for the files we write (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

describe('open data', () => {
  it.each(ids)('%s.json is the validated dataset', (id) => {
    const expected = metricSchema.parse(JSON.parse(readFileSync(`data/metrics/${id}.json`, 'utf8')));
    expect(JSON.parse(readFileSync(fileFor(`/data/${id}.json`)!, 'utf8'))).toEqual(expected);
  });

  it.each(ids)('%s.csv has a BOM and the same values', (id) => {
    const expected = metricSchema.parse(JSON.parse(readFileSync(`data/metrics/${id}.json`, 'utf8')));
    const text = readFileSync(fileFor(`/data/${id}.csv`)!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(text.slice(1));
    const col = (name: string) => head!.indexOf(name);
    expect(rows.map((r) => [r[col('x')], r[col('series')], Number(r[col('value')]), r[col('bound')]])).toEqual(
      expected.points.map((p) => [p.x, p.series ?? '', p.value, p.bound]),
    );
  });

  it('publishes the emission-factor table as JSON and CSV', () => {
    const expected = emissionFactorsSchema.parse(JSON.parse(readFileSync('data/emission-factors.json', 'utf8')));
    expect(JSON.parse(readFileSync(fileFor('/data/emission-factors.json')!, 'utf8'))).toEqual(expected);
    const [head, ...rows] = parseCsv(readFileSync(fileFor('/data/emission-factors.csv')!, 'utf8').slice(1));
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
