import type { APIRoute } from 'astro';
import { emissionFactors } from '../../lib/content/queries';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await emissionFactors(), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
