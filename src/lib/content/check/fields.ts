/**
 * The fields the content check reads across entries, declared once per collection and typed by the
 * collection's schema: a reference field (its value is an id of another collection) and a twin
 * field (a language-neutral fact that must be identical in the Japanese and English entry).
 * Renaming a schema field without renaming it here fails `npm run check` (the maps are checked
 * against the schema's output type), and the content check fails too (`declaredFieldProblems`
 * looks each name up in the schema), so a check can never switch itself off by a rename.
 */
import type { z } from 'astro/zod';
import { bilingualSchemas, type BilingualCollection, type EntryData } from '../../../schemas';
import type { Problem } from './entry';

/** What a reference can point at: a bilingual collection or language-neutral data. */
export type Target = BilingualCollection | 'organizations' | 'metrics' | 'subsidy-rules';

type Element<T> = T extends readonly (infer E)[] ? E : never;
/** Keys of an object and of the objects it holds (`source.url`), for every member of a union. */
type Paths<T> = T extends object
  ? { [K in keyof T & string]: K | (NonNullable<T[K]> extends object ? `${K}.${keyof NonNullable<T[K]> & string}` : never) }[keyof T & string]
  : never;

/**
 * Per collection, field → target. A field holds an id or a list of ids; `keyFigures` (a list of
 * figures) refers through each figure's `metric`.
 */
export type ReferenceMap = { [C in BilingualCollection]?: { [F in keyof EntryData<C>]?: Target } };

/**
 * Per collection, field → how its twins compare it: `true` the whole value; `'length'` only how
 * many items (sessions, whose topics are words); `'present'` only whether it is set; a list of
 * paths: those parts of each item of a list (the words of a timeline differ, its dates do not).
 */
export type TwinMap = {
  [C in BilingualCollection]?: { [F in keyof EntryData<C>]?: true | 'length' | 'present' | ReadonlyArray<Paths<Element<NonNullable<EntryData<C>[F]>>>> };
};

export const references = {
  projects: { lead: 'organizations', partners: 'organizations', workingGroup: 'working-groups', keyFigures: 'metrics' },
  'working-groups': { relatedProjects: 'projects' },
  'case-studies': { organizations: 'organizations', relatedSupport: 'support', relatedSubsidies: 'subsidies', relatedProjects: 'projects' },
  support: { providers: 'organizations', keyFigures: 'metrics' },
  glossary: { related: 'glossary' },
  pages: { keyFigures: 'metrics' },
} as const satisfies ReferenceMap;

const keyFigureFacts = ['metric', 'x', 'series', 'value', 'bound', 'asOf', 'reliability', 'source.id'] as const;

export const twins = {
  projects: {
    stage: true, lead: true, partners: true, startDate: true, reliability: true, workingGroup: true,
    keyFigures: keyFigureFacts,
    timeline: ['date', 'reliability', 'source.id'],
  },
  'working-groups': { status: true, reliability: true, relatedProjects: true, activities: ['date', 'source.id'] },
  curriculum: { sinceFiscalYear: true, reliability: true, sessions: 'length' },
  'case-studies': { organizations: true, date: true, relatedSupport: true, relatedSubsidies: true, relatedProjects: true },
  support: { providers: true, since: true, keyFigures: keyFigureFacts },
  glossary: { related: true },
  news: { date: true, category: true, reliability: true, event: 'present' },
  pages: { keyFigures: keyFigureFacts },
} as const satisfies TwinMap;

/** Collections whose every entry needs a data file of the same id. */
export const companions = {
  subsidies: { target: 'subsidy-rules', path: (id: string) => `data/subsidies/${id}.json` },
} as const satisfies { [C in BilingualCollection]?: { target: Target; path: (id: string) => string } };

/** The keys of a schema's output object (an object schema, refined or not). */
function keysOf(schema: z.ZodType): Set<string> | undefined {
  return 'shape' in schema && schema.shape !== null && typeof schema.shape === 'object' ? new Set(Object.keys(schema.shape)) : undefined;
}

/**
 * Every declared field that the collection's schema does not have: the runtime twin of the type
 * check, for a schema map that reaches the check without passing `npm run check`.
 */
export function declaredFieldProblems(schemas: Record<BilingualCollection, z.ZodType> = bilingualSchemas, maps: { references: ReferenceMap; twins: TwinMap } = { references, twins }): Problem[] {
  const problems: Problem[] = [];
  for (const [name, map] of Object.entries(maps) as Array<[string, ReferenceMap | TwinMap]>) {
    for (const [collection, fields] of Object.entries(map) as Array<[BilingualCollection, object]>) {
      const keys = keysOf(schemas[collection]);
      for (const field of Object.keys(fields)) {
        if (keys && !keys.has(field)) {
          problems.push({ file: 'src/lib/content/check/fields.ts', field: `${name}.${collection}.${field}`, message: `is not a field of the ${collection} schema: rename it here too, or the check it drives would stop` });
        }
      }
    }
  }
  return problems;
}
