// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import rehypeExternalLinks from 'rehype-external-links';
import { sidebar } from './src/config/sidebar.mjs';
import { locales } from './src/config/locales.mjs';

export default defineConfig({
  // The public address is not decided yet; canonical URLs and the sitemap use SITE_URL when set.
  site: process.env.SITE_URL ?? 'https://kitakyushu-gx.example.org',
  trailingSlash: 'always',
  markdown: {
    // Links to other hosts in Markdown content: no referrer, no window.opener.
    rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
  },
  integrations: [
    starlight({
      title: { ja: '北九州GX推進コンソーシアム', en: 'Kitakyushu GX Promotion Consortium' },
      description: '北九州GX推進コンソーシアムの取組・プロジェクト・支援制度を出典つきでまとめた知識サイト',
      defaultLocale: 'root',
      locales,
      sidebar,
      customCss: ['./src/styles/site.css'],
      lastUpdated: false,
      pagination: false,
    }),
  ],
});
