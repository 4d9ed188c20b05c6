/**
 * The CMS configuration as the site serves it at /admin/config.yml (src/pages/admin/config.yml.ts),
 * built from the schema map (src/lib/cms/config.ts) with the Japanese labels and hints of src/i18n/ja.json.
 * The production backend comes from the environment of the build, so that no repository or
 * address is written into the code: CMS_REPO (`owner/name` on GitHub), CMS_BRANCH (default main),
 * CMS_AUTH_URL (the OAuth worker's address, see src/admin/decision-cms.md). Without CMS_REPO the
 * editor works only on the local backend (`npm run edit`).
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { cmsConfig, editableBilingual, type BuiltConfig } from '../../src/lib/cms/config.ts';
import ja from '../../src/i18n/ja.json' with { type: 'json' };

const strings: Record<string, string> = ja;

export function buildCmsConfig(env: Record<string, string | undefined> = process.env, root = process.cwd()): BuiltConfig {
  const mdxIds = Object.fromEntries(
    editableBilingual.map((c) => {
      const dir = join(root, 'content', c, 'ja');
      return [c, existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort() : []];
    }),
  );
  return cmsConfig({
    text: (key) => strings[key],
    mdxIds,
    backend: env.CMS_REPO
      ? { name: 'github', repo: env.CMS_REPO, branch: env.CMS_BRANCH || 'main', ...(env.CMS_AUTH_URL ? { baseUrl: env.CMS_AUTH_URL } : {}) }
      : { name: 'local' },
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL } : {}),
  });
}

export function cmsConfigYaml(env: Record<string, string | undefined> = process.env): string {
  const header = '# Generated at build time from src/schemas/ (src/lib/cms/config.ts). Do not edit.\n';
  return header + dump(buildCmsConfig(env).config, { lineWidth: -1, noRefs: true });
}
