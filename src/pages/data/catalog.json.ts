import type { APIRoute } from 'astro';
import { catalog } from '../../lib/metrics/open-data';

export const GET: APIRoute = () => new Response(JSON.stringify(catalog(), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
