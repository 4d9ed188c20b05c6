// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/config/external-links.mjs';
import { sidebar } from './src/config/sidebar.mjs';
import { locales } from './src/config/locales.mjs';
import { pagefindOptions } from './src/config/search.mjs';
import { phraseBreaks } from './src/config/phrase-breaks.mjs';

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
      components: {
        Header: './src/components/overrides/Header.astro',
        SiteTitle: './src/components/overrides/SiteTitle.astro',
        Search: './src/components/overrides/Search.astro',
      },
      // Ranking and metadata weights of the search dialog; the search suite uses the same options.
      pagefind: pagefindOptions,
      // src/pages/404.astro is bilingual; Starlight's route would also publish /404/.
      disable404Route: true,
      lastUpdated: false,
      pagination: false,
    }),
    phraseBreaks(),
  ],
});
