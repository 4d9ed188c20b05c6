/**
 * What Starlight's search dialog passes to the Pagefind UI: the ranking options of search.mjs and
 * `processTerm`, which normalises the query the way Japanese users type it (ＣＯ２ → CO2, half-width
 * katakana, long vowel mark variants) before Pagefind searches.
 *
 * Starlight serialises its `pagefind` option to JSON into the virtual module
 * `virtual:starlight/pagefind-config`, so a function cannot go through astro.config.mjs; a small Vite
 * plugin there resolves that module to this file instead. Pagefind UI documents `processTerm` as the
 * hook for this. test/e2e/search-works-in-both-languages.test.ts types ＣＯ２ into the dialog, so a
 * Starlight change that drops the hook fails a test rather than silently.
 */
import { pagefindOptions } from './search.mjs';
import { normalizeQuery } from '../lib/search/normalize-query';

export const pagefindUserConfig = { ...pagefindOptions, processTerm: normalizeQuery };
