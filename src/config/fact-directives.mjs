// Sätteri (Astro 7's Markdown processor) plugin: `:fig{metric="…" x="…"}` and `:mark{r="…"}` in
// Markdown become placeholders that SitePage renders with Fig.astro and Mark.astro
// (src/lib/content/facts-in-prose.ts says why at render and not here). Any other directive is left to
// Starlight, which writes it back as text; the content check refuses it with the file and line.
import { defineMdastPlugin } from 'satteri';
import { factPlaceholder, isFactName } from '../lib/content/facts-in-prose.ts';

export const factDirectives = defineMdastPlugin({
  name: 'fact-directives',
  textDirective(node) {
    if (!isFactName(node.name)) return;
    return { type: 'html', value: factPlaceholder(node.name, node.attributes ?? {}) };
  },
});
