import type { APIRoute } from 'astro';
import { metrics } from '../../lib/metrics/datasets';
import { metricCsv } from '../../lib/metrics/open-data';

export const getStaticPaths = () => metrics.map((m) => ({ params: { id: m.id } }));

// The route's one parameter; every path above sets it.

/** One row per value, UTF-8 with BOM so that Excel opens Japanese correctly. */
export const GET: APIRoute = ({ params }) => new Response(metricCsv(params.id ?? ''), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
