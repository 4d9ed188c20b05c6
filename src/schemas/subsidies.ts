/**
 * The words of each subsidy guidance page: `content/subsidies/{ja,en}/<id>.md`. Every fact the
 * page states as data (conditions, rate, cap, dates) lives in `data/subsidies/<id>.json`
 * (src/schemas/subsidy-rules.ts), which the checker reads too.
 */
import { z } from 'astro/zod';
import { provenance, text } from './shared';

export const subsidySchema = z
  .object({
    /** Programme name with fiscal year. */
    title: text,
    /** One or two sentences for lists and search results. */
    description: text,
    /** What is not published about this round. */
    notPublished: z.array(text).default([]),
    ...provenance,
  })
  .strict();
