/**
 * Prose for the fixed pages (about, members, investors, home). Files: `content/pages/{ja,en}/<id>.mdx`.
 * The data on those pages (figures, lists) comes from the other collections; this holds the words.
 */
import { z } from 'astro/zod';
import { keyFigure, keywords, provenance, text } from './shared';

export const pageSchema = z
  .object({
    /** Page title. */
    title: text,
    /** One or two sentences for search results and link previews. */
    description: text,
    /**
     * Figures the page shows as cards (home, about, investors). A figure that is in a metric dataset
     * refers to it (`metric`, `x`); any other is written out with value, unit, as-of and source.
     */
    keyFigures: z.array(keyFigure).default([]),
    /** Search words the title does not say (see `keywords` in shared.ts). */
    keywords,
    ...provenance,
  })
  .strict();
