/**
 * Related city programmes from data/related-programmes/*.json, validated at build time, newest
 * fiscal year first.
 */
import { relatedProgrammeSchema, type RelatedProgramme } from '../../schemas/related-programme';
import { validateDataDir } from '../content/check/data-files';

const files = import.meta.glob<unknown>('../../../data/related-programmes/*.json', { eager: true, import: 'default' });

export const relatedProgrammes: RelatedProgramme[] = validateDataDir('data/related-programmes', relatedProgrammeSchema, files).sort(
  (a, b) => b.fiscalYear - a.fiscalYear || a.id.localeCompare(b.id),
);
