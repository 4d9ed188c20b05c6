/**
 * A reference or twin field is declared once, typed by its schema (src/lib/content/check/fields.ts).
 * Renaming the field in the schema must fail a check, never silently stop the reference check.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { bilingualSchemas } from '../../src/schemas';
import { declaredFieldProblems, references, twins, type ReferenceMap, type TwinMap } from '../../src/lib/content/check/fields';

describe('declared reference and twin fields', () => {
  it('all exist in the schemas as they are', () => {
    expect(declaredFieldProblems()).toEqual([]);
  });

  it('fail the content check when a schema renames a reference field (projects.lead → leader)', () => {
    const { lead, ...rest } = bilingualSchemas.projects.shape;
    const renamed = { ...bilingualSchemas, projects: z.object({ ...rest, leader: lead }) };
    expect(lead).toBeDefined();
    expect(declaredFieldProblems(renamed, { references, twins })).toEqual([
      { file: 'src/lib/content/check/fields.ts', field: 'references.projects.lead', message: expect.stringContaining('is not a field of the projects schema') },
      { file: 'src/lib/content/check/fields.ts', field: 'twins.projects.lead', message: expect.stringContaining('is not a field of the projects schema') },
    ]);
  });

  it('fail the type check when a map names a field its schema does not have', () => {
    // `npm run check` fails if either line below stops being an error: the maps are typed by the schemas.
    // @ts-expect-error: projects have `lead`, not `leader`
    const wrongReference: ReferenceMap = { projects: { leader: 'organizations' } };
    // @ts-expect-error: a key figure has `asOf`, not `date`
    const wrongTwin: TwinMap = { projects: { keyFigures: ['date'] } };
    expect(declaredFieldProblems(bilingualSchemas, { references: wrongReference, twins: wrongTwin }).map((p) => p.field)).toEqual(['references.projects.leader']);
  });
});
