/** The site's address, `site` in astro.config.mjs: every absolute URL the build writes starts from it. */
import { defined } from '../defined';

export function siteOrigin(site: URL | undefined): URL {
  return defined(site, 'site in astro.config.mjs');
}
