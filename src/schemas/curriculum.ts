/** The GX Executive Business School course. Files: `content/curriculum/{ja,en}/<id>.md`. */
import { z } from 'astro/zod';
import { keywords, provenance, reliability, text } from './shared';

export const curriculumSchema = z
  .object({
    /** Course name. */
    title: text,
    /** One or two sentences for lists and search results. */
    description: text,
    /** Who the course is for. */
    audience: text,
    /** How sessions run (lecture, workshop …). */
    format: text,
    /** First fiscal year the course ran (Japanese fiscal year, April to March). Example: 2023 */
    sinceFiscalYear: z.number().int().min(2000).max(2100),
    /** The sessions in order. A session whose topic is not published leaves `topic` out. */
    sessions: z
      .array(
        z
          .object({
            /** Session number, from 1. */
            number: z.number().int().min(1),
            /** Published topic. Leave out when not published: the page then says so. */
            topic: text.optional(),
            /** What happens in the session, when published. */
            activity: text.optional(),
          })
          .strict(),
      )
      .min(1),
    /** How far the course facts are confirmed. Default: `primary`. */
    reliability: reliability.default('primary'),
    /** What is not published about the course, each a short phrase. */
    notPublished: z.array(text).default([]),
    /** Search words the title does not say (see `keywords` in shared.ts). */
    keywords,
    ...provenance,
  })
  .strict()
  .refine((c) => c.sessions.every((s, i) => s.number === i + 1), {
    message: 'sessions must be numbered 1, 2, 3 … in order',
    path: ['sessions'],
  });
