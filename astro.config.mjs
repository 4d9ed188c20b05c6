// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/config/external-links.mjs';
import { sidebar } from './src/config/sidebar.mjs';
import { locales } from './src/config/locales.mjs';
import { pagefindOptions } from './src/config/search.mjs';

// Starlight passes its `pagefind` option to the search dialog as JSON, which cannot carry the query
// normaliser (a function); this resolves Starlight's module of those options to one that adds it.
const pagefindUiConfig = {
  name: 'pagefind-ui-config-with-query-normaliser',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} id */
  resolveId(id) {
    if (id === 'virtual:starlight/pagefind-config') return fileURLToPath(new URL('./src/config/pagefind-ui.ts', import.meta.url));
  },
};

export default defineConfig({
  // The public address is not decided yet; canonical URLs and the sitemap use SITE_URL when set.
  site: process.env.SITE_URL ?? 'https://kitakyushu-gx.example.org',
  trailingSlash: 'always',
  markdown: {
    // Links to other hosts in Markdown content: no referrer, no window.opener.
    processor: satteri({ hastPlugins: [externalLinks] }),
  },
  integrations: [
    starlight({
      title: { ja: '北九州GX推進コンソーシアム', en: 'Kitakyushu GX Promotion Consortium' },
      description: '北九州GX推進コンソーシアムの取組・プロジェクト・支援制度を出典つきでまとめた知識サイト',
      defaultLocale: 'root',
      locales,
      sidebar,
      customCss: ['./src/styles/site.css'],
      components: { Search: './src/components/overrides/Search.astro' },
      // Ranking and metadata weights of the search dialog; the search suite uses the same options.
      pagefind: pagefindOptions,
      // src/pages/404.astro is bilingual; Starlight's route would also publish /404/.
      disable404Route: true,
      lastUpdated: false,
      pagination: false,
    }),
  ],
  vite: {
    plugins: [pagefindUiConfig],
    build: {
      // Astro inlines small processed scripts into the page, wherever the component sits; the CSP
      // step (scripts/lib/csp.ts) treats an inline script inside <main> as content's own and blocks
      // it. Our component scripts therefore always load from files.
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX compiles every file with Astro's "use astro:head-inject" directive, which the bundler
        // warns about once per MDX file (harmless: Astro handles head injection itself; see
        // withastro/astro#18087). Silenced by its exact code and directive so that real warnings show.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
