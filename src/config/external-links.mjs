// Sätteri (Astro 7's Markdown processor) plugin: links to other hosts in Markdown and MDX content
// get rel="noopener noreferrer", so no visitor's referrer or window leaks to them.
// Written here because rehype-external-links needs the unified processor, which Astro 7 no longer
// installs by default; this is the same rule in six lines on the processor we already have.
import { defineHastPlugin } from 'satteri';

export const externalLinks = defineHastPlugin({
  name: 'external-links-noopener',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href === 'string' && /^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
});
