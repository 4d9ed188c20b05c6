/**
 * The source registry, `data/sources.json`: every source the site cites, written once. Content
 * frontmatter and data files cite a source by its `id` (`sources: [rilg-case-study-r6]`,
 * `source: windjournal-125623`), so a source's title, publisher, address and reliability are set here
 * and every page that cites it follows.
 *
 * Rules the content check holds (src/lib/content/check/sources.ts):
 * - a source is never written out inline in content or data (a `title` and `url` in place of an id);
 * - no two entries share one `url` (or one `readVia`), so a source cannot be registered twice under two ids;
 * - every cited id exists here.
 *
 * A source is the original: its own publisher, title and date. A repost, mirror, proxy or
 * document-sharing copy is only how it was read (`readVia`), never the link a reader is shown. When
 * the original's address is not known, `url` is left out and the source is listed without a link;
 * when even its publisher is not known, `publisher` is left out and `note` says so.
 */
import { z } from 'astro/zod';
import { entryId, localizedText, partialDate, reliability, text, webUrl } from './shared';

export const registeredSourceSchema = z
  .object({
    /** How content and data cite it: lowercase words joined by hyphens. Example: `rilg-case-study-r6` */
    id: entryId,
    /** The title as the publisher gives it, in its own language. Example: 産学官金のＧＸ推進組織設立　北九州市 */
    title: text,
    /** Who published the original. Left out only when nobody can say (then `note` explains). Example: 福岡経済 */
    publisher: text.optional(),
    /** The original's own address. Left out when only a copy was found (then `readVia` is required). */
    url: webUrl.optional(),
    /** The copy it was read in (a repost, mirror, proxy); recorded, never shown as the link. */
    readVia: webUrl.optional(),
    /** When the original was published, as precise as known: `2025`, `2025-09` or `2025-09-16`. */
    published: partialDate.optional(),
    /**
     * How far the source can be trusted, for every fact that cites it. `primary`: the organization's
     * own page or document (never `secondary` for that); `secondary`: media, an aggregator, a copy;
     * `unverified`: one weak source; `partial`: the source was cut off.
     */
    reliability,
    /** The language the source is written in. */
    lang: z.enum(['ja', 'en']),
    /** A short name for lists and labels, in each language. Example: { ja: 地方自治研究機構 事例調査（2024年度）, en: … } */
    label: localizedText,
    /** What a reader should know about the source itself (how it was read, what it does not show), in Japanese. */
    note: text.optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.readVia !== undefined, { path: ['url'], message: 'is missing: give the original address, or `readVia` for the copy it was read in' })
  .refine((s) => s.publisher !== undefined || s.note !== undefined, { path: ['publisher'], message: 'is missing: name the publisher, or say in `note` why it cannot be named' })
  .refine((s) => s.url === undefined || s.url !== s.readVia, { path: ['readVia'], message: 'is the same as `url`: a copy is recorded only when it is not the original' });
export type RegisteredSource = z.infer<typeof registeredSourceSchema>;

/** The whole registry file. */
export const sourceRegistrySchema = z.array(registeredSourceSchema);
