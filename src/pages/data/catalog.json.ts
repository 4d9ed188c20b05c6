import type { APIRoute } from 'astro';
import { emissionFactors, metrics } from '../../lib/content/queries';
import { catalog } from '../../lib/metrics/open-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(catalog(await metrics(), await emissionFactors()), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
