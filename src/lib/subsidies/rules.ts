/**
 * Subsidies: each round's published rules (this file, from data/subsidies/), the eligibility rule
 * engine (check.ts), a round's status on a given day (status.ts) and its wording (status-wordings.ts),
 * and the related city programmes (related-programmes.ts).
 *
 * Subsidy rules from data/subsidies/*.json, validated at build time. Rules past their validity or
 * checked more than 180 days ago are listed by the content check (scripts/check-content.ts).
 */
import { subsidyRulesSchema, type SubsidyRules } from '../../schemas/subsidy-rules';
import { validateDataDir } from '../content/check/data-files';

const files = import.meta.glob<unknown>('../../../data/subsidies/*.json', { eager: true, import: 'default' });

export const subsidyRules: SubsidyRules[] = validateDataDir('data/subsidies', subsidyRulesSchema, files).sort(
  (a, b) => b.fiscalYear - a.fiscalYear || a.id.localeCompare(b.id),
);

export function rulesOf(id: string): SubsidyRules {
  const found = subsidyRules.find((r) => r.id === id);
  if (!found) throw new Error(`No subsidy rules "${id}" in data/subsidies/`);
  return found;
}
