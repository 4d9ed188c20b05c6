// Sveltia CMS served from node_modules (no CDN), with its Japanese and English interface strings
// (scripts/lib/cms-assets.ts), so the editor makes no request to another host for its own code.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsAssets } from '../../../../scripts/lib/cms-assets';

export const getStaticPaths: GetStaticPaths = () => Object.keys(cmsAssets()).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => {
  const asset = cmsAssets()[params.file ?? ''];
  if (!asset) return new Response('Not found', { status: 404 });
  return new Response(asset.body, { headers: { 'Content-Type': asset.type } });
};
