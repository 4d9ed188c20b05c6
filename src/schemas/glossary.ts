/** Glossary terms. Files: `content/glossary/{ja,en}/<id>.md`; the body holds the longer explanation. */
import { z } from 'astro/zod';
import { entryId, provenance } from './shared';

export const glossarySchema = z
  .object({
    /** The term as written in the page's language. Example: グリーンLPガス */
    title: z.string().min(1),
    /** Reading in kana (Japanese only, when the term has kanji). */
    reading: z.string().min(1).optional(),
    /** Other names and spellings, also used by search. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One-sentence definition, shown in the list. */
    description: z.string().min(1),
    /** Ids of related terms. */
    related: z.array(entryId).default([]),
    ...provenance,
  })
  .strict();
