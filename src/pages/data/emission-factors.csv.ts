import type { APIRoute } from 'astro';
import { emissionFactors } from '../../lib/content/queries';
import { emissionFactorsCsv } from '../../lib/metrics/open-data';

export const GET: APIRoute = async () => new Response(emissionFactorsCsv(await emissionFactors()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
