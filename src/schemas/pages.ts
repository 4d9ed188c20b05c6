/**
 * Prose for the fixed pages (about, members, investors, home). Files: `content/pages/{ja,en}/<id>.mdx`.
 * The data on those pages (figures, lists) comes from the other collections; this holds the words.
 */
import { z } from 'astro/zod';
import { provenance } from './shared';

export const pageSchema = z
  .object({
    /** Page title. */
    title: z.string().min(1),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(1),
    ...provenance,
  })
  .strict();
