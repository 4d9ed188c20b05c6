/**
 * `astro:content` for a component rendered alone in a unit test (the container API has no content
 * store): the language-neutral collections served from the explicit loader
 * (src/lib/content/check/load.ts), so a component's queries read the same files, schemas and
 * order as in the build. Use: `vi.mock('astro:content', () => import('../support/data-collections'))`.
 */
import { loadData } from '../../src/lib/content/check/load';

const data = loadData();
const byCollection: Record<string, Array<{ id: string }>> = {
  organizations: data.organizations,
  metrics: data.metrics,
  'emission-factors': [{ ...data.emissionFactors, id: 'emission-factors' }],
  'subsidy-rules': data.subsidyRules,
  'related-programmes': data.relatedProgrammes,
};

export async function getCollection(collection: string) {
  const entries = byCollection[collection];
  if (!entries) throw new Error(`test/support/data-collections.ts serves data collections only, not "${collection}"`);
  return entries.map((d) => ({ id: d.id, collection, data: d }));
}
