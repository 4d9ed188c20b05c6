// The editors' CMS configuration, generated from the schema map on every build and on every request
// of `npm run edit` (scripts/lib/cms-config.ts).
import type { APIRoute } from 'astro';
import { cmsConfigYaml } from '../../../scripts/lib/cms-config';

export const GET: APIRoute = () => new Response(cmsConfigYaml(), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
