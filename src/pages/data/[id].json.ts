import type { APIRoute } from 'astro';
import { metrics } from '../../lib/content/queries';

export const getStaticPaths = async () => (await metrics()).map((m) => ({ params: { id: m.id }, props: { metric: m } }));

/** The validated dataset, as it is in data/metrics/ after defaults are applied. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.metric, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
