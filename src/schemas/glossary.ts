/** Glossary terms. Files: `content/glossary/{ja,en}/<id>.md`; the body holds the longer explanation. */
import { z } from 'astro/zod';
import { entryId, provenance, text } from './shared';

export const glossarySchema = z
  .object({
    /** The term as written in the page's language. Example: グリーンLPガス */
    title: text,
    /** Reading in kana (Japanese only, when the term has kanji). */
    reading: text.optional(),
    /** Other names and spellings, also used by search. */
    aliases: z.array(text).default([]),
    /** One-sentence definition, shown in the list. */
    description: text,
    /** Ids of related terms. */
    related: z.array(entryId).default([]),
    ...provenance,
  })
  .strict();
