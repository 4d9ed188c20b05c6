import type { APIRoute } from 'astro';
import { emissionFactorsCsv } from '../../lib/metrics/open-data';

export const GET: APIRoute = () => new Response(emissionFactorsCsv(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
