/**
 * Organizations (companies, universities, government bodies, banks) that other entries refer to
 * by id, and the one place where each one's English name is written. Language-neutral: one JSON
 * file, `content/organizations/organizations.json`. People and places named on English pages are
 * in `data/names.json` (./names.ts), under the same rule.
 *
 * The rule for English names (decided after the fact check of 2026-12, corrections-3.md):
 * - A name is written in Latin script only where a source gives it in Latin script: the
 *   organization's own usage (`enSource` with `enOfficial: true`: its English site, its securities
 *   filing's 【英訳名】) or another cited source's usage (`enSource` alone). Readings that appear only
 *   as a note-taker's gloss in our facts notes are not sources, however common or correct they are:
 *   "Kazuhisa Takeuchi" (武内和久) and "Mayor Kitahashi" (北橋健治) are therefore written in Japanese,
 *   like 三戸, 西海市 and 魚町.
 * - Without such a source the English name stays Japanese (九電みらいエナジー, 弘田化学工業), or is
 *   a plain translation of what the body is (`enTranslated: true`: "Kitakyushu Chamber of Commerce
 *   and Industry"), never a romanised reading of a proper name.
 * - Forms known to be unattested (a gloss, a media brand such as "NYK Line") are listed in
 *   `notEnglish`; the content check refuses them on English pages and in English data fields.
 */
import { z } from 'astro/zod';
import { entryId, localizedText, provenance, text, webUrl } from './shared';

export const organizationSchema = z
  .object({
    /** Language-neutral id used in references. Example: `univ-kitakyushu` */
    id: entryId,
    /** Name in Japanese and in English; the English follows the rule above. */
    name: localizedText,
    /** True when the English name is the one the organization itself uses (its source is `enSource`). */
    enOfficial: z.boolean().default(false),
    /** Id of the source in data/sources.json that writes the English name in Latin script. */
    enSource: entryId.optional(),
    /** True when the English name is our translation of what the body is, not a reading of a proper name. */
    enTranslated: z.boolean().default(false),
    /** English forms of this name that no source confirms, refused on English pages. Example: ["NYK Line"] */
    notEnglish: z.array(text).default([]),
    /**
     * Sector in the consortium's 産学官金 scheme: industry (産), academia and research (学),
     * government and public bodies (官), finance (金). Our classification.
     */
    sector: z.enum(['industry', 'academia', 'government', 'finance']),
    /** True for the organizations that declared participation before the founding meeting (2023-12-12). */
    founding: z.boolean().default(false),
    /** The organization's own website. */
    url: webUrl.optional(),
    ...provenance,
  })
  .strict()
  .refine((o) => !o.enOfficial || o.enSource !== undefined, { path: ['enSource'], message: 'is missing: an official English name needs the source where the organization writes it' });
export type Organization = z.infer<typeof organizationSchema>;
