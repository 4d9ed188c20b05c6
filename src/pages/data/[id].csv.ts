import type { APIRoute } from 'astro';
import { metrics } from '../../lib/content/queries';
import { metricCsv } from '../../lib/metrics/open-data';

export const getStaticPaths = async () => (await metrics()).map((m) => ({ params: { id: m.id }, props: { metric: m } }));

/** One row per value, UTF-8 with BOM so that Excel opens Japanese correctly. */
export const GET: APIRoute = ({ props }) => new Response(metricCsv(props.metric), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
