// Starlight 0.42 builds the whole docs frontmatter schema (Zod) afresh for every <StarlightPage>
// (getStarlightPageFrontmatter in @astrojs/starlight/dist/utils/starlight-page.js), although it
// depends on nothing that changes between pages: a sixth of our pages' render time at ×10
// (profiled December 2026). Every page of this site is a <StarlightPage>, while a plain Starlight
// site's pages are collection entries and never pay it. Until Starlight keeps the schema itself,
// this Vite transform makes the function build it once. When Starlight changes that code, the
// build stops here, so that this is looked at again instead of silently doing nothing.

const file = /@astrojs[\\/]starlight[\\/]dist[\\/]utils[\\/]starlight-page\.js$/;
const call = 'const schema = await StarlightPageFrontmatterSchema(';

/** @returns {import('vite').Plugin} */
export function starlightPageSchemaOnce() {
  return {
    name: 'starlight-page-schema-once',
    transform(code, id) {
      if (!file.test(id.split('?')[0] ?? '')) return;
      if (code.split(call).length !== 2) {
        throw new Error(
          `${id}: Starlight no longer builds the <StarlightPage> schema as src/config/starlight-page-schema-once.mjs expects; see whether it still needs caching, then update or remove that plugin`,
        );
      }
      // The schema is the same for every page (its only argument is a fixed image() helper).
      return { code: code.replace(call, 'const schema = starlightPageSchema ??= await StarlightPageFrontmatterSchema(').replace('async function getStarlightPageFrontmatter(', 'let starlightPageSchema;\nasync function getStarlightPageFrontmatter('), map: null };
    },
  };
}
