/**
 * "1 points are not…" was in the audit: an English string that writes a count before a plural noun
 * reads wrong when the count is 1. Every such template has a `.one` twin that the page picks for 1
 * (notPublished.summary.one), or its count cannot be 1, said here with the reason.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';

/** Keys whose count is never 1, and why. */
const neverOne: Record<string, string> = {
  'curriculum.sessionsSummary': 'the course has several sessions (content/curriculum)',
  'metrics.checked.noNewer': '{total} is the number of datasets on the dashboard, more than ten',
};

const strings: Record<string, string> = en;
const countedPlurals = Object.entries(strings).flatMap(([key, template]) =>
  [...template.matchAll(/\{(\w+)\} ([a-z]+s)\b/g)]
    // "{fy} rules" is "FY2025 rules": a year, not a count.
    .filter((m) => m[1] !== 'fy')
    .map((m) => ({ key, phrase: m[0] })),
);

describe('English counts agree with their nouns', () => {
  it('finds the templates it checks', () => expect(countedPlurals.map((p) => p.key)).toContain('notPublished.summary'));

  it.each(countedPlurals)('$key ("$phrase") has a singular twin or cannot count 1', ({ key }) => {
    const twin = key.endsWith('.many') ? `${key.slice(0, -'.many'.length)}.one` : `${key}.one`;
    expect(twin in strings || key in neverOne, `${key}: add "${twin}" or rephrase so that 1 reads right`).toBe(true);
  });
});
