// Sveltia CMS's .js files served from node_modules (scripts/lib/cms-assets.ts), so the editor makes no
// request to another host for its own code. One route per extension: Astro treats a route as a file
// (no trailing slash added, in dev too) only when its name carries the extension.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsAssetRoute } from '../../../../scripts/lib/cms-assets';

const route = cmsAssetRoute('.js');
export const getStaticPaths: GetStaticPaths = route.paths;
export const GET: APIRoute = route.get;
