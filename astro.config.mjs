// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/config/external-links.mjs';
import { factDirectives } from './src/config/fact-directives.mjs';
import { sidebar } from './src/config/sidebar.mjs';
import { locales } from './src/config/locales.mjs';
import { pagefindOptions } from './src/config/search.mjs';
import { finishPages } from './src/config/finish-pages.mjs';
import { starlightPageSchemaOnce } from './src/config/starlight-page-schema-once.mjs';
import ja from './src/i18n/ja.json' with { type: 'json' };
import en from './src/i18n/en.json' with { type: 'json' };

/** SITE_URL as Astro's `site`: an http(s) origin, since every link in the site starts at `/`. */
function siteUrl(value = 'https://kitakyushu-gx.example.org') {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be the site's origin, such as https://gx.example.jp (no path): got "${value}"`);
  }
  return url.origin;
}

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
  // The public address (see README, "Deploying"): canonical links, sitemap, feeds and JSON-LD use it.
  site: siteUrl(process.env.SITE_URL || undefined),
  trailingSlash: 'always',
  // Pages rendered at once. Rendering one page waits on file writes for about a quarter of its
  // time; with several under way the main thread stays busy (×50 content on 2 cores, built in turns
  // with one page at a time: render 38–49 s → 27–30 s). Astro 7.4's experimental parallelPrerender
  // (worker threads) was no faster on 2 cores.
  build: { concurrency: 8 },
  markdown: {
    // Figures and marks in Markdown prose (`:fig{…}`, `:mark{…}`); links to other hosts in Markdown
    // content: no referrer, no window.opener.
    processor: satteri({ mdastPlugins: [factDirectives], hastPlugins: [externalLinks] }),
  },
  integrations: [
    starlight({
      title: { ja: '北九州GX推進コンソーシアム', en: 'Kitakyushu GX Promotion Consortium' },
      description: '北九州GX推進コンソーシアムの取組・プロジェクト・支援制度を出典つきでまとめた知識サイト',
      defaultLocale: 'root',
      locales,
      sidebar,
      customCss: ['./src/styles/site.css'],
      components: {
        Header: './src/components/overrides/Header.astro',
        SiteTitle: './src/components/overrides/SiteTitle.astro',
        Search: './src/components/overrides/Search.astro',
        Footer: './src/components/overrides/Footer.astro',
        Banner: './src/components/overrides/Banner.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
      },
      // Ranking and metadata weights of the search dialog; the search suite uses the same options.
      pagefind: pagefindOptions,
      // src/pages/404.astro is bilingual; Starlight's route would also publish /404/.
      disable404Route: true,
      // Feed autodiscovery on every Starlight page: both languages' news feeds, each titled in its
      // own language (the embed pages, outside Starlight, announce theirs in their own head).
      head: [
        { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: ja['feeds.title'], href: '/news/rss.xml', hreflang: 'ja' } },
        { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: en['feeds.title'], href: '/en/news/rss.xml', hreflang: 'en' } },
      ],
      lastUpdated: false,
      pagination: false,
    }),
    finishPages(),
    // Starlight adds this integration itself unless it is already there; it is added here to leave
    // pages out of the sitemap. The i18n option is what Starlight would pass (its getSitemapConfig).
    sitemap({
      i18n: { defaultLocale: 'root', locales: Object.fromEntries(Object.entries(locales).map(([key, l]) => [key, l.lang])) },
      // The embed pages (/metrics/<id>/embed/) are `noindex`; the editors' pages under /admin/ are not public.
      filter: (page) => !/\/embed\/$/.test(page) && !new URL(page).pathname.startsWith('/admin/'),
    }),
  ],
  vite: {
    plugins: [pagefindUiConfig, starlightPageSchemaOnce()],
    build: {
      // Astro inlines small processed scripts into the page, wherever the component sits; the CSP
      // step (src/config/csp.ts) treats an inline script inside <main> as content's own and blocks
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
