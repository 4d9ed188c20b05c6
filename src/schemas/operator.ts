/**
 * Who runs the site, and the public contacts it gives (data/operator.json).
 *
 * Two honest modes, switched by `mode`:
 * - `independent` (today): the site is compiled from public sources and is not the consortium's
 *   official site; the header note and the footer say so and point to the official site.
 * - `official`: the secretariat runs it; it names itself and how to reach it, and every first-party
 *   fact (`firstParty`: what only the consortium itself can state) must be filled in. A field left
 *   `"notFound"` fails the content check, naming it; `stillToFill()` (src/lib/site/operator.ts) is the
 *   list the editors read before switching (the content check prints it).
 */
import { z } from 'astro/zod';
import { entryId, localizedText, source, webUrl } from './shared';

/** Pages that show contacts: each contact says on which of them it belongs. */
export const contactTopic = z.enum(['consultation', 'subsidies', 'investors', 'members', 'contact']);
export type ContactTopic = z.infer<typeof contactTopic>;

/** A public way to reach a person, only as a first-party or cited source gives it. */
const contact = z
  .object({
    /** Id, lowercase words with hyphens. Example: fais-gx */
    id: entryId,
    /** The unit's name as the organization writes it; `en` is the organization's own English, or our gloss said as such. */
    name: localizedText,
    /** What to ask it about, one sentence. */
    ask: localizedText,
    /** Where to go: the organization's own page (http or https), when one is known. */
    url: webUrl.optional(),
    /** The source that names this unit (and, with `url`, that page itself when it is the source). */
    source,
    /** The pages that show this contact. */
    topics: z.array(contactTopic).min(1, 'needs at least one page to show it on'),
  })
  .strict();
export type Contact = z.infer<typeof contact>;

/** A fact only the consortium itself can state, such as the secretariat's phone number or the fee. */
const firstPartyField = z
  .object({
    /** Id. Example: secretariat-phone */
    id: entryId,
    /** What the field is, in both languages. Example: { ja: 事務局の電話番号, en: The secretariat's phone number } */
    label: localizedText,
    /** The fact in both languages, or "notFound" while no source gives it (refused in official mode). */
    value: z.union([z.literal('notFound'), localizedText]),
  })
  .strict();
export type FirstPartyField = z.infer<typeof firstPartyField>;

const common = {
  /** The consortium's official site. Example: https://ktq-gx.com/ */
  officialSite: webUrl,
  /** The public contacts the sources give (never guessed). */
  contacts: z.array(contact),
  /** First-party facts (see above). */
  firstParty: z.array(firstPartyField),
};

const independent = z.object({ mode: z.literal('independent'), ...common }).strict();

const official = z
  .object({
    mode: z.literal('official'),
    ...common,
    /** The operator's name as it signs the site. Example: { ja: 北九州GX推進コンソーシアム事務局, en: … } */
    operator: localizedText,
    /** How to reach the operator: a contact page, an email address or a phone number (at least one). */
    operatorContact: z
      .object({
        /** A contact page or form. */
        url: webUrl.optional(),
        /** Example: gx@example.jp */
        email: z.email().optional(),
        /** As it is dialled in Japan. Example: 093-000-0000 */
        phone: z.string().regex(/^[0-9-]+$/, 'must be digits and hyphens').optional(),
      })
      .strict()
      .refine((c) => c.url ?? c.email ?? c.phone, 'needs a contact page, an email address or a phone number'),
  })
  .strict()
  .superRefine((data, ctx) => {
    data.firstParty.forEach((field, i) => {
      if (field.value === 'notFound') {
        ctx.addIssue({
          code: 'custom',
          path: ['firstParty', i, 'value'],
          message: `"${field.id}" (${field.label.en}) is a first-party fact: in official mode the secretariat states it instead of "not found"`,
        });
      }
    });
  });

export const operatorSchema = z.discriminatedUnion('mode', [independent, official]);
export type Operator = z.infer<typeof operatorSchema>;
