// Options of the site search (Pagefind through Starlight), in one place: astro.config.mjs passes
// them to Starlight's search dialog, and the search regression suite
// (test/e2e/search-finds-japanese-and-english-queries.test.ts) searches the built index with them,
// so that the suite ranks exactly as readers see it.

export const pagefindOptions = {
  ranking: {
    // Starlight's defaults, written out so that the suite uses them too.
    pageLength: 0.1,
    termFrequency: 0.1,
    termSaturation: 2,
    termSimilarity: 9,
    diacriticSimilarity: 0.8,
    // Boost for a query word found in a metadata field. `title` is Pagefind's default; `keywords`
    // holds each page's synonyms in both languages; `subject` the names of the thing a page is the
    // main page about, above the title so that it outranks the glossary entry of the same name
    // (both in src/lib/search/keywords.ts).
    metaWeights: { title: 5, keywords: 2, subject: 10 },
  },
};
