/**
 * Table-of-contents entries for pages whose headings come partly from the template and partly from
 * the rendered Markdown body. Only h2 headings are listed (the site's TOC depth).
 */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An h2 entry. */
export const h2 = (slug: string, text: string): Heading => ({ depth: 2, slug, text });

/** The h2 headings of a rendered Markdown body. */
export const bodyHeadings = (headings: Heading[]): Heading[] => headings.filter((h) => h.depth === 2);
