/** Support services for companies. Files: `content/support/{ja,en}/<id>.md`. */
import { z } from 'astro/zod';
import { entryId, keyFigure, keywords, partialDate, provenance, reliability, text } from './shared';

export const supportSchema = z
  .object({
    /** Service name. */
    title: text,
    /** One or two sentences for lists and search results. */
    description: text,
    /** Who provides it: ids in `content/organizations`. */
    providers: z.array(entryId).min(1),
    /** When it started, as precise as published. */
    since: partialDate.optional(),
    /** Who can use it, with how far that is confirmed. */
    eligibility: z.object({ text: text, reliability: reliability.default('primary') }).strict().optional(),
    /** What it costs the company, with how far that is confirmed. */
    cost: z.object({ text: text, reliability: reliability.default('primary') }).strict().optional(),
    /** How to use it, step by step. */
    steps: z.array(text).min(1),
    /** Usage figures: from a metric dataset (`metric`, `x`) when it has them, else written out with a source. */
    keyFigures: z.array(keyFigure).default([]),
    /** What is not published about the service. */
    notPublished: z.array(text).default([]),
    /** Search words the title does not say (see `keywords` in shared.ts). */
    keywords,
    ...provenance,
  })
  .strict();
