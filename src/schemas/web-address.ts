/**
 * Web addresses parsed strictly, beyond what `new URL()` forgives: it quietly encodes a space
 * ("https://www.city.kitakyushu.lg.jp/a b.html" becomes a link to a page that does not exist) and
 * accepts any host. Refused: spaces and other characters a copied address should not hold,
 * addresses of the editor's own machine (a link copied from the local preview,
 * http://localhost:4321/…), private networks, and preview deployments that disappear.
 */

/** Hosts of preview deployments and tunnels: gone a few days after someone copies the link. */
const previewHosts = /(?:^|\.)(?:localhost|local|internal|ngrok\.io|ngrok-free\.app|ngrok\.app|loca\.lt|trycloudflare\.com)$|(?:^|\.)deploy-preview-\d+--|--[a-z0-9-]+\.netlify\.app$|-[a-z0-9]+-[a-z0-9-]+\.vercel\.app$/i;

/** Why an address cannot be published, or undefined when it can. */
export function addressProblem(address: string): string | undefined {
  if (/\s/.test(address)) return 'holds a space: copy the address again from the browser';
  if (/[<>"{}|\\^`]/.test(address)) return 'holds a character an address cannot hold (< > " { } | \\ ^ `)';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    // Not an address at all: the schema's own check says so.
    return undefined;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (previewHosts.test(host)) return `points at "${host}", a local or preview address that readers cannot open`;
  const ipv4 = /^\d+\.\d+\.\d+\.\d+$/.test(host);
  if ((ipv4 && /^(?:127|10|0)\.|^192\.168\.|^169\.254\.|^172\.(?:1[6-9]|2\d|3[01])\./.test(host)) || host === '::1' || /^f[cd][0-9a-f]{2}:/i.test(host)) return `points at "${host}", a private network address that readers cannot open`;
  return undefined;
}
