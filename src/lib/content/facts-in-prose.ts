/**
 * Figures and reliability marks inside Markdown prose: `:fig{metric="consultations" x="2024-09"}`
 * and `:mark{r="secondary"}` (Markdown's directive syntax, which Starlight's processor already reads).
 *
 * The Markdown processor (src/config/fact-directives.mjs) turns each into a placeholder, and the page
 * (SitePage) renders the placeholder with the same components MDX pages import (Fig.astro, Mark.astro).
 * The figure is not rendered by the processor because Astro keeps a Markdown file's HTML until the
 * file changes: a figure written into it would not follow a corrected dataset. At render it reads
 * data/ as it is.
 *
 * Why Markdown rather than MDX for these pages: an MDX file is compiled into a module of the server
 * bundle, which is most of the bundle's time as the site grows (×50 content: 2,100 MDX modules, 12–15 s
 * of a 70 s build), and the CMS cannot edit an MDX body; a Markdown body is rendered natively and is
 * edited in the CMS like any other.
 */
import { z } from 'zod';

const fig = z.strictObject({
  kind: z.literal('fig'),
  metric: z.string().min(1),
  x: z.string().min(1),
  series: z.string().min(1).optional(),
  asOf: z.boolean().optional(),
});
/** The levels a mark in prose takes (Mark.astro prints their labels). */
export const markLevels = ['secondary', 'unverified'] as const;
const mark = z.strictObject({ kind: z.literal('mark'), r: z.enum(markLevels) });
const fact = z.discriminatedUnion('kind', [fig, mark]);
export type Fact = z.infer<typeof fact>;

/** The directive names, and the attributes each takes (the content check names any other). */
export const factAttributes = { fig: ['metric', 'x', 'series', 'asOf'], mark: ['r'] } as const;
export type FactName = keyof typeof factAttributes;
export const isFactName = (name: string): name is FactName => Object.hasOwn(factAttributes, name);

const placeholder = /<!--fact (\{.*?\})-->/g;

/**
 * The placeholder for a directive, an HTML comment holding its attributes as JSON (`>` escaped, so
 * that no value can end the comment). `asOf` is a flag: written without a value, `:fig{… asOf}`.
 */
export function factPlaceholder(name: FactName, attributes: Record<string, string | null | undefined>): string {
  const props: Record<string, string | boolean> = { kind: name };
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    props[key] = key === 'asOf' ? true : value;
  }
  return `<!--fact ${JSON.stringify(props).replace(/>/g, '\\u003e')}-->`;
}

/**
 * Rendered Markdown split at its placeholders: HTML strings and the facts between them, in order.
 * A placeholder that does not describe a fig or a mark throws (the content check reports it first,
 * with the file and line).
 */
export function splitFacts(html: string): Array<string | Fact> {
  const parts: Array<string | Fact> = [];
  let last = 0;
  for (const m of html.matchAll(placeholder)) {
    parts.push(html.slice(last, m.index));
    const parsed = fact.safeParse(JSON.parse(m[1] ?? ''));
    if (!parsed.success) throw new Error(`a figure or mark in the prose is not complete (${m[1]}): ${z.prettifyError(parsed.error)}`);
    parts.push(parsed.data);
    last = m.index + m[0].length;
  }
  parts.push(html.slice(last));
  return parts.filter((p) => p !== '');
}

/** Whether finished HTML still holds a placeholder (a page rendered Markdown without SitePage). */
export const hasFactPlaceholder = (html: string) => html.includes('<!--fact {');
