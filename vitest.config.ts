import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

// Three groups, run in this order by scripts/test.ts:
// - unit: pure modules in src/lib and the real content/ (fast, no build), and components rendered
//   alone through Astro's container API (experimental_AstroContainer), which needs Astro's Vite
//   plugins to compile .astro files: getViteConfig() gives them from astro.config.mjs;
// - build: fixtures, each built in a scratch copy of the project (broken content, an over-budget page);
// - e2e: the built site (dist/) in Chromium, with axe.
export default defineConfig(async (env) => {
  const astro = await getViteConfig({})({ mode: 'test', command: env.command });
  return {
    test: {
      projects: [
        {
          plugins: astro.plugins,
          test: {
            name: 'unit',
            include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
            // The files share one module graph instead of each importing Astro, Zod and the content
            // afresh: 7 s instead of 23 s (December 2026). They keep no state between files; the
            // suite passes in shuffled order (`--sequence.shuffle`), which is how to check that again.
            isolate: false,
          },
        },
        { test: { name: 'build', include: ['test/build/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
        {
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            // A hung page fails within a minute; the few tests that need longer say so themselves.
            testTimeout: 60_000,
            hookTimeout: 120_000,
            maxConcurrency: 4,
            // Two files at once: one file at a time keeps 2 cores only about four-fifths busy (waits
            // for an idle network, the search index, a download), and a second file fills the gaps
            // (December 2026, 8 of the files: 204 s against 227 s one at a time).
            fileParallelism: true,
            maxWorkers: 2,
            // Each worker imports playwright-core and the support modules once, not once a file
            // (10 small files: 24 s to 19 s). Every file still starts its own server and Chromium.
            isolate: false,
          },
        },
      ],
    },
  };
});
