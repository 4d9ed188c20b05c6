/**
 * data/related-programmes/: every file matches its schema and its name, refers to an organization
 * that exists and to checker project types that exist, holds one round per programme and fiscal
 * year, and keeps its dates inside the period its rules are valid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relatedProgrammeSchema } from '../../src/schemas/related-programme';

const dir = 'data/related-programmes';
const read = (d: string) => readdirSync(d).map((f) => ({ file: f, json: JSON.parse(readFileSync(`${d}/${f}`, 'utf8')) }));
const programmes = read(dir).map(({ file, json }) => ({ file, p: relatedProgrammeSchema.parse(json) }));
const organizations = new Set((JSON.parse(readFileSync('content/organizations/organizations.json', 'utf8')) as { id: string }[]).map((o) => o.id));
const projectTypes = new Set(['other', ...read('data/subsidies').flatMap(({ json }) => json.projectTypes.types.map((t: { id: string }) => t.id))]);

describe('related city programmes', () => {
  it('are the three the facts name, four rounds in all', () => {
    expect(programmes.map(({ p }) => p.id).sort()).toEqual(['env-future-tech-2022', 'env-future-tech-2024', 'hydrogen-hub-fs-2024', 'hydrogen-supply-chain-2025']);
  });
  it.each(programmes)('$file: named after its id and fiscal year, with a known operator and project types', ({ file, p }) => {
    expect(file).toBe(`${p.id}.json`);
    expect(p.id.endsWith(`-${p.fiscalYear}`)).toBe(true);
    expect(organizations.has(p.operator)).toBe(true);
    for (const type of p.suggestFor) expect(projectTypes.has(type), type).toBe(true);
  });
  it.each(programmes)('$file: windows inside validFrom…validUntil', ({ p }) => {
    for (const day of [p.applicationWindow?.start, p.applicationWindow?.end]) {
      if (day) expect(day >= p.validFrom && day <= p.validUntil, day).toBe(true);
    }
  });
  it('hold one round per programme and fiscal year', () => {
    const keys = programmes.map(({ p }) => `${p.programme.ja}|${p.fiscalYear}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
