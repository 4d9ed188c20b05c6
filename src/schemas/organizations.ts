/**
 * Organizations (companies, universities, government bodies, banks) that other entries refer to
 * by id. Language-neutral: one JSON file, `content/organizations/organizations.json`.
 */
import { z } from 'astro/zod';
import { entryId, localizedText, provenance, webUrl } from './shared';

export const organizationSchema = z
  .object({
    /** Language-neutral id used in references. Example: `univ-kitakyushu` */
    id: entryId,
    /** Official name in Japanese and an English name (the English is our gloss unless `enOfficial`). */
    name: localizedText,
    /** True when the English name is the one the organization itself uses. */
    enOfficial: z.boolean().default(false),
    /**
     * Sector in the consortium's 産学官金 scheme: industry (産), academia and research (学),
     * government and public bodies (官), finance (金). Our classification.
     */
    sector: z.enum(['industry', 'academia', 'government', 'finance']),
    /** True for the organizations that declared participation before the founding meeting (2023-12-12). */
    founding: z.boolean().default(false),
    /** The organization's own website. */
    url: webUrl.optional(),
    // Sources and check date as every entry has them; no `translatedFrom`: the file is language-neutral.
    sources: provenance.sources,
    updated: provenance.updated,
  })
  .strict();
export type Organization = z.infer<typeof organizationSchema>;
