import type { APIRoute } from 'astro';
import { emissionFactors } from '../../lib/calculators/emission-factors';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(emissionFactors, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
