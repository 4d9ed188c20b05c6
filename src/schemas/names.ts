/**
 * People and places named on the site, `data/names.json`: the one place where each one's English
 * form is decided, under the rule written in ./organizations.ts (Latin script only where a cited
 * source writes it so; a note-taker's gloss is not a source). English pages write the Japanese
 * where `en` is absent, and the content check refuses the forms in `notEnglish` on English pages.
 */
import { z } from 'astro/zod';
import { entryId, text } from './shared';

export const nameSchema = z
  .object({
    /** Language-neutral id. Example: `saikai-city` */
    id: entryId,
    /** `person` or `place`. */
    kind: z.enum(['person', 'place']),
    /** The name as the sources write it in Japanese. Example: 武内和久 */
    ja: text,
    /** The English (Latin-script) form, only where `enSource` gives it. Example: Kokurakita-ku */
    en: text.optional(),
    /** Id of the source in data/sources.json that writes the name in Latin script. */
    enSource: entryId.optional(),
    /** Forms no source confirms (a gloss in our notes, a reading), refused on English pages. Example: ["Saikai"] */
    notEnglish: z.array(text).default([]),
    /** Why the name is kept as it is, for editors. */
    note: text.optional(),
  })
  .strict()
  .refine((n) => (n.en === undefined) === (n.enSource === undefined), { path: ['enSource'], message: 'must be given exactly when `en` is: a Latin-script form needs the source that writes it' });
export type Name = z.infer<typeof nameSchema>;
export const namesSchema = z.array(nameSchema);
