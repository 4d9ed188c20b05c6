/**
 * Subsidy rules from data/subsidies/*.json, validated at build time. Warns in the build output when
 * a programme's rules are past their validity or were last checked more than 180 days ago.
 */
import { subsidyRulesSchema, type SubsidyRules } from '../../schemas/subsidy-rules';
import { validateDataDir } from './load';
import { todayInJapan } from '../subsidy-status';

const files = import.meta.glob<unknown>('../../../data/subsidies/*.json', { eager: true, import: 'default' });

export const subsidyRules: SubsidyRules[] = validateDataDir('data/subsidies', subsidyRulesSchema, files).sort(
  (a, b) => b.fiscalYear - a.fiscalYear || a.id.localeCompare(b.id),
);

export function rulesOf(id: string): SubsidyRules {
  const found = subsidyRules.find((r) => r.id === id);
  if (!found) throw new Error(`No subsidy rules "${id}" in data/subsidies/`);
  return found;
}

const today = todayInJapan();
const stale = new Date(Date.parse(`${today}T00:00:00Z`) - 180 * 86_400_000).toISOString().slice(0, 10);
for (const r of subsidyRules) {
  if (r.validUntil < today) console.warn(`[subsidies] ${r.id}: rules valid until ${r.validUntil}, which has passed`);
  if (r.lastChecked < stale) console.warn(`[subsidies] ${r.id}: last checked on ${r.lastChecked}, more than 180 days ago`);
}
